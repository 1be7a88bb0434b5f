import { describe, expect, test } from '@jest/globals'
import { isNoTransaction, lineAt, splitStatements } from '../../src/project/sql.js'

describe('isNoTransaction: the first line, as the Hasura CLI reads it (detectNoTransactionComment)', () => {
  test.each([
    ['-- hasura:no-transaction\nCREATE INDEX CONCURRENTLY idx ON t(c);', true],
    ['   -- hasura:no-transaction\nCREATE TABLE t (id SERIAL);', true],
    ['-- hasura:no-transaction   \nCREATE TABLE t (id SERIAL);', true],
    ['-- hasura:no-transaction\r\nCREATE TABLE t (id SERIAL);', true],
    ['-- hasura:no-transaction', true],
    ['CREATE TABLE users (id SERIAL PRIMARY KEY);', false],
    ['', false],
    ['\n-- hasura:no-transaction\nCREATE TABLE t (id SERIAL);', false],
    ['-- some header\n-- hasura:no-transaction\nSELECT 1;', false],
    ['-- hasura:no-transact\nSELECT 1;', false],
    ['--hasura:no-transaction\nSELECT 1;', false],
    ["INSERT INTO docs(t) VALUES ('-- hasura:no-transaction');", false],
    ['SELECT 1; -- hasura:no-transaction', false],
    ['-- hasura:no-transaction and some other text\nSELECT 1;', false]
  ])('%j: %s', (sql, expected) => {
    expect(isNoTransaction(sql)).toBe(expected)
  })
})

describe('splitStatements', () => {
  const texts = (sql: string) => splitStatements(sql).map((statement) => statement.text.trim())

  test('at semicolons, leaving out what holds only comments', () => {
    expect(texts('-- hasura:no-transaction\nCREATE INDEX a ON t (c);\n\nCREATE INDEX b ON t (d);\n-- done\n')).toEqual([
      '-- hasura:no-transaction\nCREATE INDEX a ON t (c)',
      'CREATE INDEX b ON t (d)'
    ])
  })

  test('not in strings, quoted names, comments or dollar-quoted bodies', () => {
    const sql = [
      "INSERT INTO t VALUES ('a;b', 'it''s;', E'x\\';y')",
      'CREATE TABLE "odd;name" (id int)',
      '/* a; /* nested; */ still; */ SELECT 1',
      'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql',
      'DO $$ BEGIN PERFORM 1; END $$',
      'SELECT price$1 FROM t'
    ].join(';\n')
    expect(texts(sql)).toHaveLength(6)
    expect(texts(sql)[3]).toContain('SELECT 1; $body$')
  })

  test('not in a SQL-standard function body (BEGIN ATOMIC ... END), CASE ... END inside it included', () => {
    const sql =
      'CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END; ' +
      'SELECT 2; END;\nCREATE INDEX CONCURRENTLY i ON t (c);'
    expect(texts(sql)).toEqual([
      'CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END; SELECT 2; END',
      'CREATE INDEX CONCURRENTLY i ON t (c)'
    ])
  })

  test('each statement says where it starts in the text', () => {
    const sql = 'SELECT 1;\nSELECT 2;'
    expect(splitStatements(sql).map(({ start }) => start)).toEqual([0, 9])
  })
})

describe('lineAt: the line of a Postgres error position', () => {
  const sql = 'CREATE TABLE a (id int);\n-- ✓ 😀 comment\nSELECT nope FROM a;\n'

  test('counts characters, not UTF-16 units, and the characters sent before the file', () => {
    // The first character of line 3, after a line with characters of two UTF-16 units (😀).
    const inFile = [...sql].indexOf('S') + 1
    expect(lineAt(sql, inFile)).toBe(3)
    expect(lineAt(sql, inFile - 1)).toBe(2)
    expect(lineAt(sql, inFile + 40, 40)).toBe(3)
    expect(lineAt(sql, 1)).toBe(1)
  })

  test('outside the file (what the action sent around it): undefined', () => {
    expect(lineAt(sql, 5, 10)).toBeUndefined()
    expect(lineAt(sql, [...sql].length + 5)).toBeUndefined()
  })

  test('from a statement sent alone', () => {
    const [, second] = splitStatements('SELECT 1;\n\nSELECT x FROM y;')
    expect(lineAt('SELECT 1;\n\nSELECT x FROM y;', 4, 0, second!.start)).toBe(3)
  })
})
