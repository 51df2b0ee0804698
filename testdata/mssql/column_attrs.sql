-- ROWGUIDCOL and SPARSE column attributes (no meaning in PostgreSQL).
CREATE TABLE Docs (
    ID int NOT NULL PRIMARY KEY,
    RowGuid uniqueidentifier ROWGUIDCOL NOT NULL CONSTRAINT DF_Docs_RowGuid DEFAULT (newid()),
    Extra nvarchar(100) SPARSE NULL,
    Note varchar(10) NULL
);
GO
-- @exit 0 1
-- @pg: SELECT column_name, data_type, is_nullable FROM information_schema.columns \
--      WHERE table_schema = 'dbo' AND table_name = 'docs' ORDER BY ordinal_position
-- @expect: id|integer|NO
-- @expect: rowguid|uuid|NO
-- @expect: extra|character varying|YES
-- @expect: note|character varying|YES
-- @pg-ok: INSERT INTO dbo.docs (id) VALUES (1)
-- @pg: SELECT rowguid IS NOT NULL, extra IS NULL FROM dbo.docs
-- @expect: t|t
-- @report: K013
