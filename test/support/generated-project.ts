/** A Hasura project of many migrations, for the bench and the tests of the fast path. */

/** A project of `count` migrations, each a table and an index, on one source reading PG_DATABASE_URL. */
export function generatedProject(count: number): Record<string, string> {
  const files: Record<string, string> = {
    'hasura/config.yaml': 'version: 3\nmetadata_directory: metadata\n',
    'hasura/metadata/version.yaml': 'version: 3\n',
    'hasura/metadata/databases/databases.yaml':
      '- name: default\n  kind: postgres\n  configuration:\n    connection_info:\n      database_url:\n' +
      '        from_env: PG_DATABASE_URL\n  tables: []\n'
  }
  for (let i = 1; i <= count; i++) {
    const version = String(1_700_000_000_000 + i * 1000)
    files[`hasura/migrations/default/${version}_table_${i}/up.sql`] =
      `CREATE TABLE "public"."t${i}" ("id" serial PRIMARY KEY, "v" text NOT NULL, "at" timestamptz DEFAULT now());\n` +
      `CREATE INDEX "t${i}_v_idx" ON "public"."t${i}" ("v");\n`
  }
  return files
}
