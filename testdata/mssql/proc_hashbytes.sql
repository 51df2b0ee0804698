-- HASHBYTES with a literal algorithm becomes PostgreSQL's built-in sha256()/sha512()/md5() over the
-- UTF-8 bytes of the text (reported: nvarchar is UTF-16LE in SQL Server); SHA1 needs pgcrypto (F120).
CREATE TABLE dbo.Logon (LogonID int PRIMARY KEY, LogonName varchar(50) NOT NULL, PasswordHash varbinary(max) NULL);
GO
CREATE PROCEDURE dbo.SetPassword @LogonID int, @Password varchar(50)
AS
BEGIN
    UPDATE dbo.Logon SET PasswordHash = HASHBYTES('SHA2_256', @Password + LogonName) WHERE LogonID = @LogonID;
END
GO
CREATE PROCEDURE dbo.ChangePassword @LogonID int, @OldPassword varchar(50), @NewPassword varchar(50)
AS
BEGIN
    UPDATE dbo.Logon SET PasswordHash = HASHBYTES(N'SHA2_512', @NewPassword + LogonName)
    WHERE LogonID = @LogonID AND PasswordHash = HASHBYTES(N'SHA2_256', @OldPassword + LogonName);
    RETURN @@ROWCOUNT;
END
GO
CREATE FUNCTION dbo.Md5Of (@s varchar(100)) RETURNS varbinary(16)
AS
BEGIN
    RETURN HASHBYTES('MD5', @s);
END
GO
CREATE FUNCTION dbo.Sha1Of (@s varchar(100)) RETURNS varbinary(20)
AS
BEGIN
    RETURN HASHBYTES('SHA1', @s);
END
GO
-- @for: all
-- @exit: 1
-- @for: postgres
-- @report: F122
-- @report: F120
-- @report-eval: any(i["code"] == "F122" and i["line"] == 8 for i in items)
-- @report-eval: any(i["code"] == "F120" and i["line"] == 28 for i in items)
-- @plcheck-allow: function digest(
-- @pg-ok: INSERT INTO dbo.logon (logonid, logonname) VALUES (1, 'bc'), (2, 'zz')
-- @pg-ok: CALL dbo.setpassword(1, 'a')
-- @pg: SELECT logonid, encode(passwordhash, 'hex') FROM dbo.logon ORDER BY logonid
-- @expect: 1|ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
-- @expect: 2|
-- @pg: CALL dbo.changepassword(1, 'wrong', 'x', NULL)
-- @expect: 0
-- @pg: CALL dbo.changepassword(1, 'a', 'a', NULL)
-- @expect: 1
-- @pg: SELECT encode(passwordhash, 'hex') FROM dbo.logon WHERE logonid = 1
-- @expect: ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
-- @pg: SELECT encode(dbo.md5of('abc'), 'hex')
-- @expect: 900150983cd24fb0d6963f7d28e17f72
-- @pg-fail: SELECT dbo.sha1of('abc')
-- @error: digest
