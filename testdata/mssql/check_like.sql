-- LIKE with a T-SQL character class in a CHECK constraint (PostgreSQL LIKE has no [...]).
CREATE TABLE dbo.Codes (
    Code varchar(10) NOT NULL CONSTRAINT CK_Codes_Code CHECK (Code LIKE '[A-Z][A-Z]-%'),
    Zip char(5) NULL CHECK (Zip LIKE '[0-9][0-9][0-9][0-9][0-9]')
);
GO
-- @exit 0 1
-- @pg-ok: INSERT INTO dbo.codes (code, zip) VALUES ('AB-1', '12345')
-- @pg-ok: INSERT INTO dbo.codes (code) VALUES ('XY-')
-- @pg-fail: INSERT INTO dbo.codes (code) VALUES ('A1-2')
-- @error: ck_codes_code
-- @pg-fail: INSERT INTO dbo.codes (code) VALUES ('[A][B]-x')
-- @error: ck_codes_code
-- @pg-fail: INSERT INTO dbo.codes (code, zip) VALUES ('AB-1', '1234x')
-- @error: check constraint
