-- System-versioned temporal table: the table and its period columns must work without a person.
CREATE TABLE dbo.Employee (
    EmployeeID int NOT NULL PRIMARY KEY CLUSTERED,
    Name nvarchar(100) NOT NULL,
    ValidFrom datetime2 GENERATED ALWAYS AS ROW START NOT NULL,
    ValidTo datetime2 GENERATED ALWAYS AS ROW END NOT NULL,
    PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo)
)
WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.EmployeeHistory));
GO
-- History is not maintained in the target: a person must act (K009).
-- @exit 1
-- @report: K009
-- @pg: SELECT column_name, data_type, is_nullable FROM information_schema.columns \
--      WHERE table_schema = 'dbo' AND table_name = 'employee' ORDER BY ordinal_position
-- @expect: employeeid|integer|NO
-- @expect: name|character varying|NO
-- @expect: validfrom|timestamp without time zone|NO
-- @expect: validto|timestamp without time zone|NO
-- @pg-ok: INSERT INTO dbo.employee (employeeid, name) VALUES (1, 'Ann')
-- @pg: SELECT validto > validfrom FROM dbo.employee
-- @expect: t
