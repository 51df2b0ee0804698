-- $ tokens of T-SQL: money literals ($5.00, $-3) are numbers of type money (not PostgreSQL's positional
-- parameters $1 or a "$5" identifier); $IDENTITY, $ROWGUID, $action outside MERGE ... OUTPUT and sqlcmd's
-- $(name) are not column names: each is a report item, never a quoted "$identity" column.
-- @exit: 1
-- @report: E004
-- @report-object: $identity
-- @for: postgres
-- @report-object: $(maxqty)
-- @for: all
-- @no-report: X001
-- a sqlcmd variable used as a schema name is kept as written, with a warning (once)
-- @report: N005
-- @report-eval: sum(1 for i in items if i["code"] == "N005") == 1
-- @out-not-contains: "$identity"
-- @out-not-contains: "$(maxqty)"
-- @pg: SELECT dbo.half_price(1) = 2.5, dbo.half_price(0) = -3
-- @expect: t|t
-- @pg-ok: INSERT INTO dbo.items (price) VALUES (1.50), (7.00)
-- @pg: SELECT dbo.cheap_count(3)
-- @expect: 1
-- MariaDB: routines stay carried; the view is refused the same way and the table is there
-- @my-ok: INSERT INTO items (price) VALUES (1.50), (7.00)
-- @my: SELECT count(*) FROM items WHERE price < 2
-- @expect: 1

CREATE TABLE dbo.items (id int IDENTITY(1,1) PRIMARY KEY, price money NOT NULL);
GO
CREATE FUNCTION dbo.half_price (@flag int)
RETURNS money
AS
BEGIN
    IF @flag = 1
        RETURN $5.00 / 2;
    RETURN $-3;
END;
GO
CREATE FUNCTION dbo.cheap_count (@limit int)
RETURNS int
AS
BEGIN
    RETURN (SELECT count(*) FROM dbo.items WHERE price < $2);
END;
GO
CREATE VIEW dbo.item_ids AS SELECT $identity AS item_id FROM dbo.items;
GO
CREATE PROCEDURE dbo.over_limit
AS
BEGIN
    SELECT id FROM dbo.items WHERE price > $(maxqty);
END;
GO
CREATE TABLE $(app).settings (id int NOT NULL);
GO
CREATE VIEW $(app).setting_ids AS SELECT id FROM $(app).settings;
GO
