import { describe, expect, test } from '@jest/globals'
import { parseDotenv } from '../../src/env/dotenv.js'
import { errorOf } from '../support/env-error.js'

const FILE = 'cfg/.env'
const ENV: Record<string, string | undefined> = { X: 'v', EMPTY: '', DB_PASSWORD: 'pa$s"w\\ord' }

function parse(text: string, environment = ENV) {
  return parseDotenv(text, FILE, environment).map((e) => [e.key, e.value, e.line])
}

describe('parseDotenv: values', () => {
  test.each<[string, string, [string, string, number][]]>([
    ['simple', 'A=1', [['A', '1', 1]]],
    ['export', 'export A=1', [['A', '1', 1]]],
    ['export with extra whitespace', '  export   A  =  1  ', [['A', '1', 1]]],
    ['export with a tab', 'export\tA=1', [['A', '1', 1]]],
    ['a key named export', 'export=1', [['export', '1', 1]]],
    ['a key starting with export', 'exporter=1', [['exporter', '1', 1]]],
    ['whitespace around =', 'A = b', [['A', 'b', 1]]],
    ['leading whitespace', '   A=b', [['A', 'b', 1]]],
    ['underscore and digits in key', '_A1_b=1', [['_A1_b', '1', 1]]],
    ['unquoted value trimmed', 'A=  hello world  ', [['A', 'hello world', 1]]],
    ['comment after unquoted value', 'A=value # comment', [['A', 'value', 1]]],
    ['comment after a tab', 'A=value\t# comment', [['A', 'value', 1]]],
    ['# glued to text is kept', 'A=a#b', [['A', 'a#b', 1]]],
    ['# right after = is kept', 'COLOR=#fff', [['COLOR', '#fff', 1]]],
    ['# in a URL fragment', 'U=http://x/#frag # note', [['U', 'http://x/#frag', 1]]],
    ['empty value', 'A=', [['A', '', 1]]],
    ['empty value with spaces', 'A=   ', [['A', '', 1]]],
    ['empty value with a comment', 'A= # note', [['A', '', 1]]],
    [
      '= inside a value',
      'URL=postgres://u:p@h/db?sslmode=require&x=1',
      [['URL', 'postgres://u:p@h/db?sslmode=require&x=1', 1]]
    ],
    ['== value', 'A===', [['A', '==', 1]]],
    ['inner quotes in an unquoted value', 'A=say "hi" it\'s', [['A', 'say "hi" it\'s', 1]]],
    ['backslashes in an unquoted value are literal', 'A=a\\nb', [['A', 'a\\nb', 1]]],
    ['single quotes', "A='hello world'", [['A', 'hello world', 1]]],
    ['# inside single quotes', "A='it is # not a comment'", [['A', 'it is # not a comment', 1]]],
    ['single quotes are literal', "A='a\\nb ${X} $${X}'", [['A', 'a\\nb ${X} $${X}', 1]]],
    ['single quotes keep inner whitespace', "A='  x  '", [['A', '  x  ', 1]]],
    ['comment after single quotes', "A='x' # c", [['A', 'x', 1]]],
    ['empty single quotes', "A=''", [['A', '', 1]]],
    ['double quotes', 'A="hello world"', [['A', 'hello world', 1]]],
    ['# inside double quotes', 'A="a # b"', [['A', 'a # b', 1]]],
    ['= inside double quotes', 'A="k=v"', [['A', 'k=v', 1]]],
    ['escapes', 'A="l1\\nl2\\tt\\r\\"q\\" \\\\"', [['A', 'l1\nl2\tt\r"q" \\', 1]]],
    ['unknown escapes kept', 'A="\\d+\\.\\$"', [['A', '\\d+\\.\\$', 1]]],
    ['escaped backslash before n', 'A="\\\\n"', [['A', '\\n', 1]]],
    ['comment after double quotes', 'A="x" # c', [['A', 'x', 1]]],
    ['comment glued to the closing quote', 'A="x"#c', [['A', 'x', 1]]],
    ['whitespace after the closing quote', 'A="x"   ', [['A', 'x', 1]]],
    ['empty double quotes', 'A=""', [['A', '', 1]]],
    ['double quotes keep inner whitespace', 'A="  x  "', [['A', '  x  ', 1]]],
    ['whitespace before the opening quote', 'A=   "x"', [['A', 'x', 1]]],
    [
      'multi-line double quotes',
      'A="line1\nline2\nline3"\nB=2',
      [
        ['A', 'line1\nline2\nline3', 1],
        ['B', '2', 4]
      ]
    ],
    [
      'a PEM key in double quotes',
      'KEY="-----BEGIN KEY-----\nMIIB\n-----END KEY-----\n"\nNEXT=1',
      [
        ['KEY', '-----BEGIN KEY-----\nMIIB\n-----END KEY-----\n', 1],
        ['NEXT', '1', 5]
      ]
    ],
    ['multi-line with a # line inside', 'A="x\n# not a comment\ny"', [['A', 'x\n# not a comment\ny', 1]]],
    ['multi-line with a blank line inside', 'A="x\n\ny"', [['A', 'x\n\ny', 1]]],
    ['multi-line with an escaped quote', 'A="x\\"\ny"', [['A', 'x"\ny', 1]]],
    [
      'multi-line with a comment after the close',
      'A="x\ny" # c\nB=1',
      [
        ['A', 'x\ny', 1],
        ['B', '1', 3]
      ]
    ],
    [
      'CRLF line endings',
      'A=1\r\nB="two"\r\nC=\'3\'\r\n',
      [
        ['A', '1', 1],
        ['B', 'two', 2],
        ['C', '3', 3]
      ]
    ],
    [
      'CRLF inside multi-line quotes',
      'A="l1\r\nl2"\r\nB=2',
      [
        ['A', 'l1\nl2', 1],
        ['B', '2', 3]
      ]
    ],
    [
      'BOM',
      '\uFEFFA=1\nB=2',
      [
        ['A', '1', 1],
        ['B', '2', 2]
      ]
    ],
    ['BOM and CRLF', '\uFEFF# c\r\nA=1\r\n', [['A', '1', 2]]],
    ['empty file', '', []],
    ['only a newline', '\n', []],
    ['only comments and blanks', '# c\n\n   \n  # d\n\t\n', []],
    [
      'blank lines and comments between entries',
      '\n# c\nA=1\n\n   # indented comment\nB=2\n',
      [
        ['A', '1', 3],
        ['B', '2', 6]
      ]
    ],
    ['unicode value', 'GREETING=héllo wörld ✓ 日本', [['GREETING', 'héllo wörld ✓ 日本', 1]]],
    ['unicode in quotes', 'E="🙂 ü"', [['E', '🙂 ü', 1]]],
    [
      'no trailing newline',
      'A=1\nB=2',
      [
        ['A', '1', 1],
        ['B', '2', 2]
      ]
    ],
    [
      'order kept',
      'Z=1\nA=2\nM=3',
      [
        ['Z', '1', 1],
        ['A', '2', 2],
        ['M', '3', 3]
      ]
    ]
  ])('%s', (_name, text, expected) => {
    expect(parse(text)).toEqual(expected)
  })
})

describe('parseDotenv: interpolation', () => {
  test.each<[string, string, string]>([
    ['unquoted', 'A=${X}', 'v'],
    ['unquoted with text around', 'A=pre-${X}-post', 'pre-v-post'],
    ['double quoted', 'A="pre ${X} post"', 'pre v post'],
    ['two variables', 'A=${X}:${X}', 'v:v'],
    ['set to the empty string', 'A=${EMPTY}', ''],
    ['value with special characters is inserted as is', 'A="${DB_PASSWORD}"', 'pa$s"w\\ord'],
    ['inserted text is not scanned again', 'A=${DB_PASSWORD}', 'pa$s"w\\ord'],
    ['escape $${ unquoted', 'A=$${X}', '${X}'],
    ['escape $${ double quoted', 'A="$${X}"', '${X}'],
    ['bare $NAME left as is', 'A=$X', '$X'],
    ['$$ not before { left as is', 'A=a$$b', 'a$$b'],
    ['trailing $', 'A=cost$', 'cost$'],
    ['single quotes not interpolated', "A='${NOT_SET}'", '${NOT_SET}'],
    ['in multi-line double quotes', 'A="a\n${X}"', 'a\nv'],
    ['after an escape', 'A="\\n${X}"', '\nv'],
    ['not inside a comment', 'A=1 # ${NOT_SET}', '1']
  ])('%s', (_name, text, value) => {
    expect(parseDotenv(text, FILE, ENV)[0]?.value).toBe(value)
  })
})

describe('parseDotenv: errors', () => {
  test.each<[string, string, number, RegExp]>([
    ['text without =', 'JUSTTEXT', 1, /not KEY=value/],
    ['text without = on a later line', 'A=1\n\nJUST TEXT here', 3, /not KEY=value/],
    ['missing key', '=value', 1, /missing key/],
    ['whitespace only key', '   =value', 1, /missing key/],
    ['key starting with a digit', '1KEY=x', 1, /"1KEY" is not a valid key/],
    ['key with a dash', 'MY-KEY=x', 1, /"MY-KEY" is not a valid key/],
    ['key with a dot', 'my.key=x', 1, /"my.key" is not a valid key/],
    ['key with a space', 'MY KEY=x', 1, /this key is not valid/],
    ['quoted key', '"A"=x', 1, /this key is not valid/],
    ['export without =', 'export A', 1, /export KEY=value/],
    ['export alone', 'export', 1, /not KEY=value/],
    [
      'unterminated double quote',
      'A="unterminated\nB=2',
      1,
      /A: the double-quoted value opened on line 1 is never closed/
    ],
    ['unterminated double quote later', 'A=1\nB="x', 2, /opened on line 2 is never closed/],
    ['escaped closing quote only', 'A="x\\"', 1, /never closed/],
    ['unterminated single quote', "A='unterminated", 1, /A: the single-quoted value is not closed/],
    ['single quotes do not span lines', "A='x\ny'", 1, /single-quoted value is not closed/],
    ['text after a single-quoted value', "A='x' y", 1, /A: unexpected text after the closing quote/],
    ['text after a double-quoted value', 'A="x" y', 1, /unexpected text after the closing quote/],
    ['quote glued after a quoted value', 'A="x""y"', 1, /unexpected text after the closing quote/],
    ['text after a multi-line value', 'A="multi\nline" junk', 2, /unexpected text after the closing quote/],
    ['duplicate key', 'A=1\nB=2\nA=3', 3, /^A is defined twice: first on line 1, again on line 3$/],
    ['duplicate with export', 'export A=1\nA=2', 2, /A is defined twice: first on line 1/],
    ['duplicate after a multi-line value', 'A="x\ny"\nA=2', 3, /first on line 1, again on line 3/],
    ['unset variable', 'A=${MISSING}', 1, /\$\{MISSING\} is not set in the step's environment/],
    ['unset variable in double quotes', 'A=1\nB="x ${MISSING}"', 2, /\$\{MISSING\} is not set/],
    ['unset variable in a multi-line value', 'A="x\n${MISSING}"', 1, /\$\{MISSING\} is not set/],
    ['malformed reference: digit', 'A=${1X}', 1, /valid \$\{NAME\} reference/],
    ['malformed reference: unclosed', 'A=${X', 1, /valid \$\{NAME\} reference/],
    ['malformed reference: empty', 'A=${}', 1, /valid \$\{NAME\} reference/],
    ['error line after BOM and CRLF', '\uFEFFA=1\r\nJUNK\r\n', 2, /not KEY=value/],
    ['error line after a multi-line value', 'A="x\ny"\nJUNK', 3, /not KEY=value/],
    ['a bad line is not skipped', 'A=1\nJUNK\nB=2', 2, /not KEY=value/]
  ])('%s', (_name, text, line, message) => {
    const error = errorOf(() => parseDotenv(text, FILE, ENV))
    expect(error.file).toBe(FILE)
    expect(error.line).toBe(line)
    expect(error.message).toMatch(message)
  })

  test('the unset-variable message says how to fix it', () => {
    const error = errorOf(() => parseDotenv('DB=${DB_URL}', FILE, {}))
    expect(error.message).toContain('DB_URL')
    expect(error.message).toContain('env:')
    expect(error.message).toContain('secrets.DB_URL')
  })

  test.each([
    'S3CRET_VALUE',
    'A S3CRET_VALUE here',
    'A="S3CRET_VALUE',
    "A='S3CRET_VALUE",
    'A="ok" S3CRET_VALUE',
    "A='ok' S3CRET_VALUE",
    'A=S3CRET_VALUE${MISSING}',
    'A="S3CRET_VALUE${1}"',
    'pass S3CRET_VALUE=x',
    'A=S3CRET_VALUE\nA=S3CRET_VALUE'
  ])('no value in the message: %j', (text) => {
    const error = errorOf(() => parseDotenv(text, FILE, {}))
    expect(error.message).not.toContain('S3CRET')
  })
})
