-- Computed columns: PERSISTED and plain (deterministic) ones become stored generated columns.
CREATE TABLE dbo.Lines (
    Qty int NOT NULL,
    Price decimal(10,2) NOT NULL,
    Total AS (Qty * Price) PERSISTED,
    Label AS ('Q' + CAST(Qty AS varchar(10))),
    Doubled AS Qty * 2
);
GO
-- @exit 0 1
-- @pg: SELECT column_name, is_generated FROM information_schema.columns \
--      WHERE table_schema = 'dbo' AND table_name = 'lines' ORDER BY ordinal_position
-- @expect: qty|NEVER
-- @expect: price|NEVER
-- @expect: total|ALWAYS
-- @expect: label|ALWAYS
-- @expect: doubled|ALWAYS
-- @pg-ok: INSERT INTO dbo.lines (qty, price) VALUES (3, 2.50)
-- @pg: SELECT total, label, doubled FROM dbo.lines
-- @expect: 7.50|Q3|6
-- @pg-ok: UPDATE dbo.lines SET qty = 4
-- @pg: SELECT total, label, doubled FROM dbo.lines
-- @expect: 10.00|Q4|8
-- @pg-fail: INSERT INTO dbo.lines (qty, price, total) VALUES (1, 1, 5)
-- @error: generated column
-- @for: postgres
-- @out-contains: GENERATED ALWAYS AS
-- @for: all
