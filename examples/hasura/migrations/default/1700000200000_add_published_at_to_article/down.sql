DROP INDEX "public"."article_author_id_published_at_idx";
ALTER TABLE "public"."article" DROP COLUMN "published_at";
