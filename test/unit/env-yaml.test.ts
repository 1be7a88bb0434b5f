import { describe, expect, test } from '@jest/globals'
import { errorOf } from '../support/env-error.js'
import { parseYamlEnv } from '../../src/env/yaml.js'

const FILE = 'cfg/env.yaml'
const ENV: Record<string, string | undefined> = { X: 'v', QUOTED: 'se"cr\\et', EMPTY: '' }

function parse(text: string, environment = ENV) {
  return parseYamlEnv(text, FILE, environment).map((e) => [e.key, e.value, e.line])
}

describe('parseYamlEnv: values', () => {
  test.each<[string, string, [string, string | null, number][]]>([
    [
      'strings in every quoting style',
      'A: hello world\nB: "quoted"\nC: \'single\'\nD: "esc\\tape"',
      [
        ['A', 'hello world', 1],
        ['B', 'quoted', 2],
        ['C', 'single', 3],
        ['D', 'esc\tape', 4]
      ]
    ],
    [
      'numbers keep the text as written',
      'PORT: 8080\nF: 1.50\nH: 0x1F\nO: 0o17\nE: 1e3\nN: -1\nP: +12\nBIG: 12345678901234567890\nINF: .inf\nNAN: .nan',
      [
        ['PORT', '8080', 1],
        ['F', '1.50', 2],
        ['H', '0x1F', 3],
        ['O', '0o17', 4],
        ['E', '1e3', 5],
        ['N', '-1', 6],
        ['P', '+12', 7],
        ['BIG', '12345678901234567890', 8],
        ['INF', '.inf', 9],
        ['NAN', '.nan', 10]
      ]
    ],
    ['a number with a trailing comment', 'PORT: 8080 # the port', [['PORT', '8080', 1]]],
    [
      'booleans keep the text as written',
      'T: true\nF: false\nC: True\nU: FALSE',
      [
        ['T', 'true', 1],
        ['F', 'false', 2],
        ['C', 'True', 3],
        ['U', 'FALSE', 4]
      ]
    ],
    [
      'YAML 1.1 booleans are strings (core schema)',
      'Y: yes\nN: no\nO: on',
      [
        ['Y', 'yes', 1],
        ['N', 'no', 2],
        ['O', 'on', 3]
      ]
    ],
    [
      'quoted numbers are strings',
      'A: "8080"\nB: \'1.50\'',
      [
        ['A', '8080', 1],
        ['B', '1.50', 2]
      ]
    ],
    ['explicit !!str', 'A: !!str 8080', [['A', '8080', 1]]],
    ['explicit !!int on a quoted scalar', 'A: !!int "8080"', [['A', '8080', 1]]],
    [
      'null forms remove the key',
      'A: null\nB: ~\nC:\nD: Null\nE: NULL\nF:    # comment',
      [
        ['A', null, 1],
        ['B', null, 2],
        ['C', null, 3],
        ['D', null, 4],
        ['E', null, 5],
        ['F', null, 6]
      ]
    ],
    ['explicit !!null', 'A: !!null', [['A', null, 1]]],
    [
      'quoted null is a string',
      'A: "null"\nB: \'~\'',
      [
        ['A', 'null', 1],
        ['B', '~', 2]
      ]
    ],
    [
      'empty quoted string',
      'A: ""\nB: \'\'',
      [
        ['A', '', 1],
        ['B', '', 2]
      ]
    ],
    [
      'dates stay text',
      'D: 2024-01-01\nT: 2024-01-01T10:00:00Z\nS: 2001-12-14 21:59:43.10 -5',
      [
        ['D', '2024-01-01', 1],
        ['T', '2024-01-01T10:00:00Z', 2],
        ['S', '2001-12-14 21:59:43.10 -5', 3]
      ]
    ],
    ['flow mapping → JSON', 'JWT: {type: HS256, key: abc}', [['JWT', '{"type":"HS256","key":"abc"}', 1]]],
    [
      'block mapping → JSON, next key placed right',
      'JWT:\n  type: HS256\n  key: "k"\n  claims_map:\n    x-hasura-user-id: {path: $.sub}\nNEXT: 1',
      [
        ['JWT', '{"type":"HS256","key":"k","claims_map":{"x-hasura-user-id":{"path":"$.sub"}}}', 1],
        ['NEXT', '1', 6]
      ]
    ],
    ['flow list → JSON', 'L: [a, 1, true, null, 1.50]', [['L', '["a",1,true,null,1.5]', 1]]],
    [
      'block list → JSON',
      'L:\n  - a\n  - b: 1\nM: x',
      [
        ['L', '["a",{"b":1}]', 1],
        ['M', 'x', 4]
      ]
    ],
    [
      'empty mapping and list',
      'A: {}\nB: []',
      [
        ['A', '{}', 1],
        ['B', '[]', 2]
      ]
    ],
    [
      'numbers inside a structure follow JSON',
      'J: {n: 1.50, h: 0x10, d: 2024-01-01}',
      [['J', '{"n":1.5,"h":16,"d":"2024-01-01"}', 1]]
    ],
    [
      'literal block scalar',
      'K: |\n  line1\n  line2\nN: x',
      [
        ['K', 'line1\nline2\n', 1],
        ['N', 'x', 4]
      ]
    ],
    [
      'literal block scalar, strip',
      'K: |-\n  line1\n  line2\n\n\nN: x',
      [
        ['K', 'line1\nline2', 1],
        ['N', 'x', 6]
      ]
    ],
    [
      'folded block scalar',
      'K: >-\n  a\n  b\nN: x',
      [
        ['K', 'a b', 1],
        ['N', 'x', 4]
      ]
    ],
    [
      'multi-line plain scalar',
      'A: word1\n  word2\nB: 1',
      [
        ['A', 'word1 word2', 1],
        ['B', '1', 3]
      ]
    ],
    [
      'multi-line double-quoted scalar',
      'A: "l1\n  l2"\nB: 1',
      [
        ['A', 'l1 l2', 1],
        ['B', '1', 3]
      ]
    ],
    [
      'value on the next line',
      'A:\n  value\nB: 1',
      [
        ['A', 'value', 1],
        ['B', '1', 3]
      ]
    ],
    [
      'quoted keys',
      '"A": 1\n\'B\': 2\n"C" : 3',
      [
        ['A', '1', 1],
        ['B', '2', 2],
        ['C', '3', 3]
      ]
    ],
    [
      'comments and blank lines',
      '# head\n\nA: 1 # c\n\n# mid\n   # indented\nB: 2\n# tail\n',
      [
        ['A', '1', 3],
        ['B', '2', 7]
      ]
    ],
    ['# inside quotes is not a comment', 'A: "x # y"', [['A', 'x # y', 1]]],
    ['document start marker', '---\nA: 1\n', [['A', '1', 2]]],
    ['document start and end markers', '# c\n---\nA: 1\n...\n', [['A', '1', 3]]],
    [
      'explicit key',
      '? A\n: 1\nB: 2',
      [
        ['A', '1', 1],
        ['B', '2', 3]
      ]
    ],
    [
      'JSON text',
      '{\n  "A": "x",\n  "PORT": 8080,\n  "JWT": {"type": "HS256", "key": "k"},\n  "OFF": null\n}\n',
      [
        ['A', 'x', 2],
        ['PORT', '8080', 3],
        ['JWT', '{"type":"HS256","key":"k"}', 4],
        ['OFF', null, 5]
      ]
    ],
    [
      'JSON on one line',
      '{"A": 1, "B": true}',
      [
        ['A', '1', 1],
        ['B', 'true', 1]
      ]
    ],
    [
      'JSON with tab indentation',
      '{\n\t"A": "x",\n\t"B": 2\n}',
      [
        ['A', 'x', 2],
        ['B', '2', 3]
      ]
    ],
    [
      'CRLF',
      'A: 1\r\nB: two\r\nC: "x"\r\n',
      [
        ['A', '1', 1],
        ['B', 'two', 2],
        ['C', 'x', 3]
      ]
    ],
    [
      'BOM',
      '\uFEFFA: 1\nB: 2',
      [
        ['A', '1', 1],
        ['B', '2', 2]
      ]
    ],
    ['empty file', '', []],
    ['only comments', '# nothing here\n\n# yet\n', []],
    ['only a document marker', '---\n', []],
    ['a null document', '~\n', []],
    [
      'anchors and aliases',
      'A: &x hello\nB: *x',
      [
        ['A', 'hello', 1],
        ['B', 'hello', 2]
      ]
    ],
    [
      'alias to a number',
      'A: &p 8080\nB: *p',
      [
        ['A', '8080', 1],
        ['B', '8080', 2]
      ]
    ],
    [
      'alias to a mapping',
      'A: &m {k: 1}\nB: *m',
      [
        ['A', '{"k":1}', 1],
        ['B', '{"k":1}', 2]
      ]
    ],
    [
      'keys that look like other types are names',
      'true: 1\nnull: 2\nTrue: 3\nNaN: 4',
      [
        ['true', '1', 1],
        ['null', '2', 2],
        ['True', '3', 3],
        ['NaN', '4', 4]
      ]
    ],
    [
      '__proto__ is an ordinary key',
      '__proto__: x\nJ: {__proto__: 1}',
      [
        ['__proto__', 'x', 1],
        ['J', '{"__proto__":1}', 2]
      ]
    ],
    [
      'unicode values',
      'G: héllo wörld ✓ 日本\nE: "🙂"',
      [
        ['G', 'héllo wörld ✓ 日本', 1],
        ['E', '🙂', 2]
      ]
    ],
    [
      '= and : inside values',
      'URL: postgres://u:p@h/db?sslmode=require',
      [['URL', 'postgres://u:p@h/db?sslmode=require', 1]]
    ],
    [
      'order kept',
      'Z: 1\nA: 2\nM: 3',
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

describe('parseYamlEnv: interpolation', () => {
  test.each<[string, string, string]>([
    ['plain', 'A: ${X}', 'v'],
    ['with text around', 'A: pre-${X}-post', 'pre-v-post'],
    ['double quoted', 'A: "${X}"', 'v'],
    ['single quoted (YAML: every string style is interpolated)', "A: '${X}'", 'v'],
    ['block scalar', 'A: |\n  x=${X}\n', 'x=v\n'],
    ['set to the empty string', 'A: "${EMPTY}"', ''],
    ['escape $${', 'A: "$${X}"', '${X}'],
    ['bare $NAME left as is', 'A: $X', '$X'],
    ['inside a mapping, before JSON', 'J: {key: "${QUOTED}"}', '{"key":"se\\"cr\\\\et"}'],
    ['inside a list', 'L: ["${X}", 1]', '["v",1]'],
    ['deeply nested', 'J: {a: [{b: "${X}"}]}', '{"a":[{"b":"v"}]}'],
    ['keys inside a mapping are not interpolated', 'J: {"${X}": 1}', '{"${X}":1}'],
    ['a number is not touched', 'A: 8080', '8080']
  ])('%s', (_name, text, value) => {
    expect(parseYamlEnv(text, FILE, ENV)[0]?.value).toBe(value)
  })
})

describe('parseYamlEnv: errors', () => {
  test.each<[string, string, number, RegExp]>([
    ['top-level list', '- a\n- b', 1, /must be a YAML mapping .* but it is a list/],
    ['top-level list after comments', '# c\n\n- a', 3, /but it is a list/],
    ['top-level flow list (JSON array)', '["A", "B"]', 1, /but it is a list/],
    ['top-level scalar', 'just text', 1, /but it is a single value/],
    ['top-level number', '---\n42', 2, /but it is a single value/],
    ['duplicate key', 'A: 1\nB: 2\nA: 3', 3, /^A is defined twice: first on line 1, again on line 3$/],
    ['duplicate key, one quoted', 'A: 1\n"A": 2', 2, /A is defined twice/],
    ['duplicate key after a block value', 'A: |\n  x\n  y\nA: 2', 4, /first on line 1, again on line 4/],
    ['duplicate key in JSON', '{\n "A": 1,\n "A": 2\n}', 3, /A is defined twice/],
    ['duplicate key inside a nested mapping', 'J:\n  a: 1\n  a: 2', 3, /invalid YAML: duplicated mapping key/],
    ['syntax error: unclosed flow list', 'A: 1\nB: [1, 2\nC: 3', 3, /^invalid YAML: /],
    ['syntax error: bad indentation', 'A: 1\n  B: 2', 2, /invalid YAML: bad indentation/],
    ['syntax error: unterminated quote', 'A: 1\nB: "x\n', 3, /invalid YAML/],
    ['syntax error: tab indentation', 'A:\n\t- x', 2, /invalid YAML/],
    ['key starting with a digit', 'A: 1\n1KEY: x', 2, /"1KEY" is not a valid key/],
    ['key with a dash', 'my-key: x', 1, /"my-key" is not a valid key/],
    ['key with a space', '"A B": x', 1, /this key is not valid/],
    ['empty key', '"": x', 1, /missing key/],
    ['key after comments and a block value', '# c\nA: |\n  x\n\nbad-key: 1', 5, /"bad-key"/],
    ['list as a key', '? [a]\n: 1', 1, /keys must be plain names/],
    ['merge key', 'BASE: &b {A: 1}\n<<: *b', 2, /merge keys/],
    ['two documents', 'A: 1\n---\nB: 2', 3, /more than one YAML document/],
    ['a second empty document', '---\nA: 1\n---\n', 3, /more than one YAML document/],
    ['unknown tag', 'A: 1\nB: !foo x', 2, /invalid YAML: unknown scalar tag/],
    ['timestamp tag is not in the schema', 'A: !!timestamp 2024-01-01', 1, /invalid YAML/],
    ['unknown alias', 'A: *nope', 1, /the alias \*nope refers to no anchor &nope/],
    ['unset variable', 'A: 1\nB: ${MISSING}', 2, /\$\{MISSING\} is not set in the step's environment/],
    ['unset variable nested, at the key line', 'A: 1\nJ:\n  key: ${MISSING}', 2, /\$\{MISSING\} is not set/],
    ['malformed reference', 'A: "${1X}"', 1, /valid \$\{NAME\} reference/]
  ])('%s', (_name, text, line, message) => {
    const error = errorOf(() => parseYamlEnv(text, FILE, ENV))
    expect(error.file).toBe(FILE)
    expect(error.line).toBe(line)
    expect(error.message).toMatch(message)
  })

  test.each([
    'S3CRET_VALUE',
    'A: "S3CRET_VALUE\n',
    'A: 1\n  S3CRET_VALUE: 2',
    'A: [S3CRET_VALUE, 2\n',
    'A: S3CRET_VALUE\nA: S3CRET_VALUE',
    'A: !foo S3CRET_VALUE',
    'A: S3CRET_VALUE${MISSING}',
    '- S3CRET_VALUE',
    '"S3CRET VALUE": 1'
  ])('no value in the message: %j', (text) => {
    const error = errorOf(() => parseYamlEnv(text, FILE, {}))
    expect(error.message).not.toContain('S3CRET')
  })
})
