-- A key constraint whose name PostgreSQL must change (constraints with an index share the relation namespace
-- of the schema with tables) is still the one a later DROP CONSTRAINT removes.
CREATE TABLE dbo.orders (id int NOT NULL CONSTRAINT items PRIMARY KEY, code int CONSTRAINT uq_code UNIQUE);
CREATE TABLE dbo.items (id int NOT NULL);
GO
ALTER TABLE dbo.orders DROP CONSTRAINT items;
GO
-- @exit: 1
-- @report: N002
-- @pg: SELECT conname FROM pg_constraint WHERE conrelid = 'dbo.orders'::regclass ORDER BY 1
-- @expect: uq_code
-- @pg-ok: INSERT INTO dbo.orders VALUES (1, 1), (1, 2)
-- @my: SELECT constraint_name FROM information_schema.table_constraints WHERE table_name = 'orders' ORDER BY 1
-- @expect: uq_code
