-- Column COLLATE clauses (SQL Server collation names do not exist in PostgreSQL).
CREATE TABLE dbo.Names (
    ID int NOT NULL,
    Name nvarchar(40) COLLATE SQL_Latin1_General_CP1_CI_AS NOT NULL,
    Code char(3) COLLATE Latin1_General_BIN NULL,
    Note varchar(10) COLLATE Latin1_General_100_CI_AS_SC_UTF8
);
GO
-- @exit 0 1
-- @pg: SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns \
--      WHERE table_schema = 'dbo' AND table_name = 'names' ORDER BY ordinal_position
-- @expect: id|integer||NO
-- @expect: name|character varying|40|NO
-- @expect: code|character|3|YES
-- @expect: note|character varying|10|YES
-- @pg-ok: INSERT INTO dbo.names (id, name, code) VALUES (1, 'Zoë', 'abc')
