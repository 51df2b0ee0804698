-- A UTF-8 BOM and CRLF line ends, as SSMS writes them.
CREATE TABLE dbo.Crlf (
    ID int NOT NULL,
    Note varchar(30) NOT NULL DEFAULT ('line'),
    CONSTRAINT PK_Crlf PRIMARY KEY (ID)
)
GO
CREATE VIEW dbo.vCrlf
AS
SELECT ID,
       Note
FROM dbo.Crlf
GO
-- @exit 0
-- @pg: SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'dbo' AND table_name = 'crlf'
-- @expect: id,note
-- @pg-ok: INSERT INTO dbo.crlf (id) VALUES (1)
-- @pg: SELECT note = 'line', length(note) FROM dbo.vcrlf
-- @expect: t|4
