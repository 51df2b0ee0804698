-- The features of pg_version_10.sql converted for PostgreSQL 15: INCLUDE kept, a stored generated
-- column, gen_random_uuid() without an extension.
CREATE TABLE dbo.Item (
    ID int IDENTITY(1,1) NOT NULL PRIMARY KEY,
    Qty int NOT NULL,
    Price decimal(9,2) NOT NULL,
    Total AS (Qty * Price) PERSISTED,
    Tag uniqueidentifier NOT NULL DEFAULT (newid())
);
CREATE INDEX IX_Item_Qty ON dbo.Item (Qty) INCLUDE (Price);
GO
-- @for: postgres
-- @args: --to postgres:15
-- @exit: 0
-- @report-eval: r["target"] == "postgres:15"
-- @no-report: K007
-- @no-report: F101
-- @out-contains: GENERATED ALWAYS AS
-- @pg: SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_item_qty'
-- @expect-contains: INCLUDE (price)
-- @pg: SELECT attgenerated FROM pg_attribute WHERE attrelid = 'dbo.item'::regclass AND attname = 'total'
-- @expect: s
-- @pg-ok: INSERT INTO dbo.item (qty, price) VALUES (2, 1.50)
-- @pg: SELECT total, length(tag::text) FROM dbo.item
-- @expect: 3.00|36
-- @for: mariadb
-- @exit: 0 1
-- @my-ok: INSERT INTO item (qty, price) VALUES (2, 1.50)
-- @my: SELECT total, length(tag) FROM item
-- @expect: 3.0000000000|36
-- @my: SELECT index_name, seq_in_index, column_name FROM information_schema.statistics WHERE table_name = 'item' \
--      AND index_name = 'ix_item_qty' ORDER BY seq_in_index
-- @expect: ix_item_qty|1|qty
-- @expect: ix_item_qty|2|price
