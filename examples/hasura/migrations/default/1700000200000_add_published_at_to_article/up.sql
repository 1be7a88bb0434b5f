ALTER TABLE "public"."article" ADD COLUMN "published_at" timestamptz NULL;
CREATE INDEX "article_author_id_published_at_idx" ON "public"."article" ("author_id", "published_at");
