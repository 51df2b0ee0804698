-- Alias types (CREATE TYPE ... FROM and sp_addtype) are resolved to their base types, with their nullability.
CREATE TYPE dbo.Phone FROM nvarchar(25) NOT NULL;
CREATE TYPE [dbo].[Name] FROM [nvarchar](50) NULL;
GO
EXEC sp_addtype 'Flag', 'bit', 'NOT NULL';
EXEC sp_addtype N'AccountNumber', N'nvarchar(15)', N'NULL';
GO
CREATE TABLE dbo.Contact (
    ID int NOT NULL,
    Phone Phone,
    Alt dbo.Phone NULL,
    FullName dbo.Name,
    Active Flag,
    Acct AccountNumber NULL
);
GO
-- @exit 0 1
-- @pg: SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns \
--      WHERE table_schema = 'dbo' AND table_name = 'contact' ORDER BY ordinal_position
-- @expect: id|integer||NO
-- @expect: phone|character varying|25|NO
-- @expect: alt|character varying|25|YES
-- @expect: fullname|character varying|50|YES
-- @expect: active|boolean||NO
-- @expect: acct|character varying|15|YES
-- @report: C008
