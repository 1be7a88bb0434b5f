/**
 * `compare-tenant-id` in process (see harness.ts): a reference tenant ("staging") holds a project, applied by the
 * action's own sync-env (test/fixtures/compare-staging); a pull request's create compares its edited project with it.
 * The preview comment (the fake GitHub holds it) and the job summary (written by the real Report) list what the pull
 * request changes, the widening first; the reference is only read; a reference that cannot be read is a warning.
 */
import { describe, expect, it } from '@jest/globals'
import { EngineClient, engineBaseUrl } from '../../src/engine/client.js'
import { STAGING_PROJECT, withStaging } from '../cases/staging.js'
import type { Tenant } from '../emulator/emulator.js'
import type { ProjectEngine } from '../engine/engine.js'
import { secretsOf } from '../support/action-runner.js'
import { previewServers, previewStep } from '../support/preview-servers.js'
import { logText, runOperation, summaryOf, warnings, type OperationRun } from './harness.js'

const OWNER = 'acme'
/** Every preview database of this file starts with `acme-compareshop`, so the cleanup cannot touch another file's. */
const REPO = 'compareshop'
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- metadata documents
const PROJECT = 'hasura'
const TABLES = `${PROJECT}/metadata/databases/default/tables`

const servers = previewServers({ databasePrefix: 'acme-compareshop' })
const { emulator, gh } = servers

/** The pull request's project: staging's, plus a table (and its migration) and a relationship to it, plus a column for the `user` role, minus the event trigger. */
function pullRequestProject(): Record<string, string> {
  const article = STAGING_PROJECT[`${TABLES}/public_article.yaml`]!
  return {
    ...STAGING_PROJECT,
    [`${PROJECT}/migrations/default/1700000200000_create_table_public_comment/up.sql`]:
      'CREATE TABLE "public"."comment" ("id" serial NOT NULL, "body" text NOT NULL, "article_id" integer NOT NULL,\n' +
      '  PRIMARY KEY ("id"), FOREIGN KEY ("article_id") REFERENCES "public"."article" ("id"));\n',
    [`${TABLES}/tables.yaml`]:
      '- "!include public_article.yaml"\n- "!include public_author.yaml"\n- "!include public_comment.yaml"\n',
    [`${TABLES}/public_comment.yaml`]: 'table:\n  name: comment\n  schema: public\n',
    [`${TABLES}/public_article.yaml`]:
      article
        .slice(0, article.indexOf('event_triggers:'))
        .replace('        - author_id\n', '        - author_id\n        - body\n') +
      'array_relationships:\n' +
      '  - name: comments\n' +
      '    using:\n' +
      '      foreign_key_constraint_on:\n' +
      '        column: article_id\n' +
      '        table:\n' +
      '          name: comment\n' +
      '          schema: public\n'
  }
}

/** `test` with staging (test/cases/staging.ts), the fixture's two migrations applied by the action's sync-env. */
const staged = (name: string, test: (reference: Tenant) => Promise<void>): Promise<void> =>
  withStaging(runOperation, emulator, name, async (reference, synced) => {
    expect(synced.outputs['migrations-applied']).toBe('2')
    await test(reference)
  })

/** A pull request's create with a preview database and the project, comparing with `compare-tenant-id`. */
function pullRequestCreate(
  number: number,
  files: Record<string, string>,
  compareTenantId: string,
  inputs: Record<string, string> = {}
) {
  return runOperation(
    previewStep(servers, 'opened', {
      pr: { owner: OWNER, repo: REPO, number },
      inputs: { 'hasura-project': PROJECT, 'compare-tenant-id': compareTenantId, ...inputs },
      files
    })
  )
}

/** The section's change lines in a Markdown text. */
function changeLines(markdown: string): string[] {
  const start = markdown.indexOf('#### What this pull request changes')
  if (start < 0) return []
  return markdown
    .slice(start)
    .split('\n')
    .filter((line) => line.startsWith('- '))
}

function commentOf(number: number): string {
  const comments = gh.comments(OWNER, REPO, number)
  expect(comments).toHaveLength(1)
  return comments[0]!.body
}

/** No tenant's env value (the admin secrets among them) in these texts. */
function expectNoEnvValues(run: OperationRun, ...texts: string[]): void {
  const values = secretsOf({}, { tenants: emulator.tenants() })
  for (const value of values) for (const text of [...texts, logText(run)]) expect(text).not.toContain(value)
}

const METADATA_WRITES = ['replace_metadata', 'reload_metadata', 'set_catalog_state', 'run_sql', 'bulk']
const STAGING_READS = ['tenant_by_pk', 'getTenantEnv']

describe('a pull request compared with its staging tenant', () => {
  it('the comment and the summary list exactly what it changes, the widened permission first; staging is only read', () =>
    staged('compare_staging', async (reference) => {
      const engine = emulator.engineOf(reference.id) as ProjectEngine
      const writesBefore = METADATA_WRITES.map((type) => engine.calls[type] ?? 0)
      const cloudCallsBefore = emulator.calls.length

      const run = await pullRequestCreate(1, pullRequestProject(), reference.id.toUpperCase())
      expect(run.code).toBe(0)
      expect(warnings(run)).toBe('')
      expect(run.outputs).toMatchObject({ result: 'created', 'migrations-applied': '3' })

      const expected = [
        '- ⚠ **widens**: `select` permission of role `user` on table `public.article` in `default` changed: ' +
          'columns gained `body`',
        '- array relationship `comments` of table `public.article` in `default` added',
        '- event trigger `article_published` on table `public.article` in `default` removed',
        '- table `public.comment` in `default` tracked',
        '- migration `1700000200000_create_table_public_comment` of `default` not applied on the reference'
      ]
      const comment = commentOf(1)
      expect(changeLines(comment)).toEqual(expected)
      expect(comment).toContain(
        `Compared with tenant \`${reference.id}\` (project \`shop-staging\`): its metadata and the migrations it has ` +
          "applied, against this pull request's Hasura project."
      )
      expect(comment).toContain('**5 changes**, **1 widens what a role can read or write** (first).')
      const summary = await summaryOf(run.outcome!)
      expect(changeLines(summary)).toEqual(expected)
      expect(logText(run)).toContain(
        `Compared the pull request's Hasura project with tenant ${reference.id} (project shop-staging): 5 changes, ` +
          '1 widening what a role can read or write.'
      )

      // Neither staging's admin secret nor any other env value reaches the comment, the summary or the log.
      expect(reference.env.HASURA_GRAPHQL_ADMIN_SECRET).toMatch(/.{16,}/)
      expectNoEnvValues(run, comment, summary)
      expect(run.masks).toContain(reference.env.HASURA_GRAPHQL_ADMIN_SECRET)
      // Staging was read (its export and its CLI record), never written: no metadata, SQL, catalog state or env write.
      expect(METADATA_WRITES.map((type) => engine.calls[type] ?? 0)).toEqual(writesBefore)
      expect(engine.calls.export_metadata).toBeGreaterThanOrEqual(1)
      const onStaging = emulator.calls
        .slice(cloudCallsBefore)
        .filter((call) => Object.values(call.variables).includes(reference.id))
      expect(onStaging.length).toBeGreaterThan(0)
      expect(onStaging.flatMap((call) => call.fields).filter((field) => !STAGING_READS.includes(field))).toEqual([])
      expect(emulator.tenant(reference.id)!.env).toEqual(reference.env)
    }))

  it.each([
    [
      'an unknown tenant',
      () => '0b7e3c52-1d4f-4a6b-9c8d-aabbccddeeff',
      'the tenant was not found (deleted, or not visible to the token)',
      /was not found in Hasura Cloud/
    ],
    [
      'a tenant without an admin secret',
      () => emulator.seedTenant({ name: 'shop-staging', envs: { HASURA_GRAPHQL_ADMIN_SECRET: '' } }).id,
      'the tenant has no HASURA_GRAPHQL_ADMIN_SECRET, so its metadata cannot be read',
      /has no HASURA_GRAPHQL_ADMIN_SECRET in its env/
    ]
  ])(
    '%s as the reference: a warning naming it, a successful step, and the comment says why',
    async (_, id, reason, detail) => {
      const tenantId = id()
      const run = await pullRequestCreate(2, pullRequestProject(), tenantId)
      expect(run.code).toBe(0)
      expect(run.outputs.result).toBe('created')
      const warning = warnings(run)
      expect(warning).toContain(
        `Could not compare the pull request's Hasura project with tenant ${tenantId} (input "compare-tenant-id")`
      )
      expect(warning).toMatch(detail)
      const said = `The comparison with tenant \`${tenantId}\` could not be made: ${reason}.`
      expect(commentOf(2)).toContain(said)
      expect(await summaryOf(run.outcome!)).toContain(said)
    }
  )

  it('a reference row filter nested 6,000 deep: a warning naming where the comparison stopped, and a preview', () =>
    staged('compare_deep', async (reference) => {
      const adminSecret = reference.env.HASURA_GRAPHQL_ADMIN_SECRET!
      const exported = await new EngineClient({ endpoint: reference.endpoint, adminSecret }).exportMetadata()
      const article = (
        exported.sources as { tables: { table: { name: string }; select_permissions: Json[] }[] }[]
      )[0]!.tables!.find((entry) => entry.table.name === 'article')!
      article.select_permissions[0]!.permission.filter = 'DEEP_FILTER'
      // The console or the API can write it (the engine parses and exports any depth); JSON.stringify cannot.
      const deep = '{"_and":['.repeat(6000) + '{"id":{"_gt":0}}' + ']}'.repeat(6000)
      const body = JSON.stringify({ type: 'replace_metadata', version: 2, args: { metadata: exported } })
      const answer = await fetch(`${engineBaseUrl(reference.endpoint)}/v1/metadata`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': adminSecret },
        body: body.replace('"DEEP_FILTER"', deep)
      })
      expect(answer.status).toBe(200)

      const run = await pullRequestCreate(4, pullRequestProject(), reference.id)
      expect(run.code).toBe(0)
      expect(run.outputs.result).toBe('created')
      expect(warnings(run)).toBe(
        `The metadata of tenant ${reference.id} nests deeper than 200 levels at ` +
          'sources[default].tables[public.article].select_permissions[user].permission.filter…: the comparison with ' +
          `tenant ${reference.id} stops at that depth there, so a change below it is not shown. The preview is not ` +
          'affected.'
      )
      // Compared down to that depth: the pull request's filter differs from staging's, and says so.
      expect(changeLines(commentOf(4))).toContain(
        '- ⚠ **widens**: `select` permission of role `user` on table `public.article` in `default` changed: ' +
          'columns gained `body`; row filter changed (review)'
      )
    }))

  it('thousands of changes: the comment stays within GitHub limit, listing the first and counting the rest', () =>
    staged('compare_large', async (reference) => {
      // Staging tracks 3,000 tables this pull request does not (kept although they do not exist, as the engine allows),
      // each with permissions for 20 roles of long names that the pull request does not have either.
      const stagingApi = new EngineClient({
        endpoint: reference.endpoint,
        adminSecret: reference.env.HASURA_GRAPHQL_ADMIN_SECRET!
      })
      const exported = await stagingApi.exportMetadata()
      const source = (exported.sources as { tables: unknown[] }[])[0]!
      const roles = Array.from(
        { length: 20 },
        (_, i) => `legacy_partner_${String(i).padStart(2, '0')}_${'r'.repeat(40)}`
      )
      for (let i = 0; i < 3000; i++) {
        source.tables.push({
          table: { schema: 'public', name: `legacy_report_${String(i).padStart(4, '0')}_${'x'.repeat(40)}` },
          select_permissions: roles.map((role) => ({ role, permission: { columns: ['id', 'total'], filter: {} } }))
        })
      }
      await stagingApi.replaceMetadata(exported, { allowInconsistent: true })
      // Long env keys fill the comment's own listing of changed keys to its bound as well.
      const keys = Array.from(
        { length: 60 },
        (_, i) => `PREVIEW_SETTING_${String(i).padStart(2, '0')}_${'K'.repeat(300)}`
      )
      const files = { ...pullRequestProject(), 'preview.env': keys.map((key) => `${key}=on`).join('\n') + '\n' }

      const run = await pullRequestCreate(3, files, reference.id, { 'env-file': 'preview.env' })
      expect(run.code).toBe(0)
      expect(warnings(run)).toBe('')
      const comment = commentOf(3)
      expect(comment.length).toBeLessThan(65_536)
      const section = comment.slice(comment.indexOf('#### What this pull request changes'), comment.indexOf('<sub>'))
      expect(section.length).toBeLessThanOrEqual(12_000)
      // 3,000 tables and 20 roles gone, and the pull request's own 5 changes.
      expect(section).toContain('**3025 changes**, **1 widens what a role can read or write** (first).')
      const lines = changeLines(comment)
      expect(lines[0]).toMatch(/^- ⚠ \*\*widens\*\*: `select` permission of role `user` on table `public.article`/)
      // Long lines: the bound on characters stops the list before the bound on lines.
      const listed = lines.length - 1
      expect(listed).toBeGreaterThan(5)
      expect(listed).toBeLessThan(40)
      expect(lines.at(-1)).toBe(`- … and ${3025 - listed} more (not listed, to keep this short)`)
      expect(changeLines(await summaryOf(run.outcome!))).toEqual(lines)
    }))
})
