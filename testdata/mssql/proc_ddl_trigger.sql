-- DDL triggers ON DATABASE become PostgreSQL event triggers: a function RETURNS event_trigger and CREATE EVENT
-- TRIGGER ON ddl_command_end (and ON sql_drop for DROP events, where the dropped object is known) with the
-- command tags of the trigger's events and event groups; EVENTDATA() an xml document of the same shape read
-- with .value(); PRINT a notice, ROLLBACK an error that cancels the DDL statement.
-- @exit: 1
-- @for: postgres
-- @report: C042
-- @report: C043
-- @report-object: events with no PostgreSQL counterpart never fire: CREATE_USER
-- @out-contains: RETURNS event_trigger
-- @out-contains: ON sql_drop WHEN TAG IN ('DROP TABLE')
-- @no-report: C003
-- @for: mariadb
-- @report: C003
-- @report: C021
-- @report-object: MySQL and MariaDB have no DDL (event) triggers
-- @for: all
-- @pg: SELECT evtname, evtevent, array_to_string(evttags, ',') FROM pg_event_trigger ORDER BY evtname
-- @expect: audit_ddl|ddl_command_end|CREATE TABLE,ALTER TABLE,CREATE VIEW,ALTER VIEW,CREATE INDEX,ALTER INDEX,CREATE STATISTICS,CREATE PROCEDURE,ALTER PROCEDURE,CREATE FUNCTION,ALTER FUNCTION,CREATE TRIGGER,ALTER TRIGGER,CREATE SEQUENCE,ALTER SEQUENCE,CREATE TYPE,CREATE DOMAIN,COMMENT,CREATE SCHEMA,ALTER SCHEMA,GRANT,REVOKE
-- @expect: audit_ddl_drop|sql_drop|DROP TABLE,DROP VIEW,DROP INDEX,DROP STATISTICS,DROP PROCEDURE,DROP FUNCTION,DROP TRIGGER,DROP SEQUENCE,DROP TYPE,DROP DOMAIN,DROP SCHEMA
-- @expect: no_drop_table|sql_drop|DROP TABLE
-- @expect: view_audit|ddl_command_end|CREATE VIEW,ALTER VIEW
-- @expect: view_audit_drop|sql_drop|DROP VIEW
-- what the load itself logged (the trigger functions created after audit_ddl) aside
-- (event triggers come last in the output: loading it logs nothing; the harness's CREATE EXTENSION plpgsql_check
-- after the load does fire them)
-- @pg: SELECT count(*) FROM dbo.ddl_log WHERE command NOT ILIKE 'CREATE EXTENSION%'
-- @expect: 0
-- @pg-ok: DELETE FROM dbo.ddl_log
-- DDL run after loading fires them
-- @pg-ok: CREATE TABLE dbo.parts (id int PRIMARY KEY, name varchar(20))
-- @pg-ok: ALTER TABLE dbo.parts ADD price numeric(10, 2) CHECK (price < 1000)
-- @pg-ok: CREATE SCHEMA sales
-- @pg-ok: CREATE VIEW sales.cheap_parts AS SELECT id, name FROM dbo.parts WHERE price < 10
-- @pg-ok: DROP VIEW sales.cheap_parts
-- @pg-fail: DROP TABLE dbo.parts
-- @error: rolled back by trigger
-- @pg: SELECT event_type, schema_name, object_name, command FROM dbo.ddl_log ORDER BY log_id
-- @expect: CREATE_TABLE|dbo|parts|CREATE TABLE dbo.parts (id int PRIMARY KEY, name varchar(20))
-- @expect: ALTER_TABLE|dbo|parts|ALTER TABLE dbo.parts ADD price numeric(10, 2) CHECK (price < 1000)
-- @expect: CREATE_SCHEMA||sales|CREATE SCHEMA sales
-- @expect: CREATE_VIEW|sales|cheap_parts|CREATE VIEW sales.cheap_parts AS SELECT id, name FROM dbo.parts WHERE price < 10
-- @expect: DROP_VIEW|sales|cheap_parts|DROP VIEW sales.cheap_parts
-- the table is still there (the DROP failed) and the whole event document was kept
-- @pg: SELECT count(*) FROM dbo.parts
-- @expect: 0
-- @pg: SELECT (xpath('/EVENT_INSTANCE/ObjectType/text()', event_xml))[1]::text, (xpath('/EVENT_INSTANCE/DatabaseName/text()', event_xml))[1]::text = current_database(), (xpath('/EVENT_INSTANCE/UserName/text()', event_xml))[1]::text = current_user FROM dbo.ddl_log ORDER BY log_id
-- @expect: TABLE|t|t
-- @expect: TABLE|t|t
-- @expect: SCHEMA|t|t
-- @expect: VIEW|t|t
-- @expect: VIEW|t|t
-- the trigger on the view events only
-- @pg: SELECT what FROM dbo.view_log ORDER BY id
-- @expect: CREATE_VIEW VIEW sales.cheap_parts
-- @expect: DROP_VIEW VIEW sales.cheap_parts
-- .value() on any xml variable or parameter: an attribute, an element, nothing there (NULL)
-- @pg: SELECT dbo.xml_qty('<order><line qty="2"><qty>5</qty></line></order>'), dbo.xml_qty('<order/>') IS NULL
-- @expect: 7|t

CREATE TABLE dbo.ddl_log (
    log_id int IDENTITY(1,1) NOT NULL PRIMARY KEY,
    post_time datetime NOT NULL,
    db_user sysname NOT NULL,
    event_type sysname NOT NULL,
    schema_name sysname NULL,
    object_name sysname NULL,
    command nvarchar(max) NULL,
    event_xml xml NOT NULL
);
GO

CREATE TABLE dbo.view_log (
    id int IDENTITY(1,1) NOT NULL PRIMARY KEY,
    what nvarchar(400) NOT NULL
);
GO

CREATE TRIGGER audit_ddl ON DATABASE
FOR DDL_DATABASE_LEVEL_EVENTS
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @data xml;
    DECLARE @eventType sysname, @schema sysname, @object sysname;
    SET @data = EVENTDATA();
    SET @eventType = @data.value('(/EVENT_INSTANCE/EventType)[1]', 'sysname');
    SET @schema = @data.value('(/EVENT_INSTANCE/SchemaName)[1]', 'sysname');
    SET @object = @data.value('(/EVENT_INSTANCE/ObjectName)[1]', 'sysname');
    IF @object IS NOT NULL
        PRINT 'DDL: ' + @eventType + ' ' + ISNULL(@schema, '') + '.' + @object;
    INSERT dbo.ddl_log (post_time, db_user, event_type, schema_name, object_name, command, event_xml)
    VALUES (GETDATE(), CONVERT(sysname, CURRENT_USER), @eventType, @schema, @object,
            @data.value('(/EVENT_INSTANCE/TSQLCommand)[1]', 'nvarchar(max)'), @data);
END;
GO

CREATE TRIGGER no_drop_table ON DATABASE
FOR DROP_TABLE
AS
BEGIN
    PRINT 'Tables cannot be dropped here';
    ROLLBACK;
END;
GO

CREATE TRIGGER view_audit ON DATABASE
FOR DDL_VIEW_EVENTS, CREATE_USER
AS
BEGIN
    DECLARE @d xml = EVENTDATA();
    INSERT INTO dbo.view_log (what)
    VALUES (@d.value('(/EVENT_INSTANCE/EventType)[1]', 'varchar(50)') + ' '
            + @d.value('(/EVENT_INSTANCE/ObjectType)[1]', 'varchar(50)') + ' '
            + @d.value('(/EVENT_INSTANCE/SchemaName)[1]', 'sysname') + '.'
            + @d.value('(/EVENT_INSTANCE/ObjectName)[1]', 'sysname'));
END;
GO

CREATE FUNCTION dbo.xml_qty (@doc xml)
RETURNS int
AS
BEGIN
    RETURN @doc.value('(/order/line/@qty)[1]', 'int') + @doc.value('(/order/line/qty)[1]', 'int');
END;
GO
