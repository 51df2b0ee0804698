-- DDL triggers beside routines of the same name, a body with IF, @@ROWCOUNT, RAISERROR and ROLLBACK, and the
-- EventType/ObjectType EVENTDATA() gives for PostgreSQL commands whose tag is not SQL Server's event name
-- (CREATE DOMAIN is CREATE_TYPE, GRANT is GRANT_DATABASE, a statistics object is STATISTICS), WITH EXECUTE AS.
-- @exit: 1
-- @for: postgres
-- @report: C042
-- @no-report: X001
-- WITH EXECUTE AS is said, not dropped in silence (the event trigger function runs as the user running the DDL)
-- @report: C044
-- @report-object: WITH EXECUTE AS SELF not kept
-- @no-report: C001
-- @no-report: C003
-- an event listed twice is named once
-- @report-eval: sum(i["message"].count("CREATE_ASSEMBLY") for i in items) == 1
-- a procedure and a DML trigger with the names of DDL triggers are converted, each with its own function
-- @pg: SELECT p.proname, pg_get_function_result(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'dbo' AND (p.proname LIKE 'guard%' OR p.proname LIKE 'watch%') ORDER BY 1
-- @expect: guard|
-- @expect: guard_ddl_fn|event_trigger
-- @expect: guard_drop_ddl_fn|event_trigger
-- @expect: watch_ddl_fn|event_trigger
-- @expect: watch_fn|trigger
-- event trigger names are one namespace: guard's sql_drop trigger is not named as the DDL trigger guard_drop
-- @pg: SELECT evtname, evtevent, array_to_string(evttags, ',') FROM pg_event_trigger ORDER BY evtname
-- @expect: guard|ddl_command_end|CREATE TABLE,CREATE TYPE,CREATE DOMAIN,CREATE STATISTICS,GRANT
-- @expect: guard_drop|ddl_command_end|CREATE SEQUENCE
-- @expect: guard_drop2|sql_drop|DROP TYPE,DROP DOMAIN
-- @expect: watch|sql_drop|DROP STATISTICS
-- @pg-ok: CALL dbo.guard()
-- @pg-ok: INSERT INTO dbo.guarded (id) VALUES (1)
-- @pg-ok: DELETE FROM dbo.ddl_events
-- @pg-ok: CREATE TABLE dbo.fine (id int)
-- @pg-fail: CREATE TABLE dbo.bad_one (id int)
-- @error: bad table name
-- @pg-ok: CREATE DOMAIN dbo.pos AS int CHECK (VALUE > 0)
-- @pg-ok: GRANT SELECT ON dbo.fine TO PUBLIC
-- @pg-ok: CREATE STATISTICS dbo.st_guarded ON id, note FROM dbo.guarded
-- @pg: SELECT event_type, object_type, object_name, n FROM dbo.ddl_events ORDER BY id
-- @expect: CREATE_TABLE|TABLE|fine|0
-- @expect: CREATE_TYPE|TYPE|pos|0
-- @expect: GRANT_DATABASE|TABLE||0
-- @expect: CREATE_STATISTICS|STATISTICS|st_guarded|0
-- @pg: SELECT count(*) FROM pg_tables WHERE tablename = 'bad_one'
-- @expect: 0
-- @pg: SELECT note FROM dbo.guarded
-- @expect: seen
-- @for: mariadb
-- @report: C021
-- @report-object: MySQL and MariaDB have no DDL (event) triggers
-- @report-eval: sum(1 for i in items if i["code"] == "C021" and "no DDL (event) triggers" in i["message"]) == 3

CREATE TABLE dbo.guarded (id int NOT NULL, note nvarchar(20) NULL);
GO
CREATE TABLE dbo.ddl_events (
    id int IDENTITY(1,1) PRIMARY KEY,
    event_type sysname NOT NULL,
    object_type sysname NULL,
    object_name sysname NULL,
    n int NULL
);
GO
CREATE PROCEDURE dbo.guard
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.guarded SET note = 'x' WHERE id = -1;
END;
GO
CREATE TRIGGER dbo.watch ON dbo.guarded AFTER INSERT
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.guarded SET note = 'seen' WHERE id IN (SELECT id FROM inserted);
END;
GO
CREATE TRIGGER guard ON DATABASE
FOR CREATE_TABLE, DDL_TYPE_EVENTS, CREATE_STATISTICS, GRANT_DATABASE, CREATE_ASSEMBLY, CREATE_ASSEMBLY
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @d xml = EVENTDATA();
    DECLARE @name sysname = @d.value('(/EVENT_INSTANCE/ObjectName)[1]', 'sysname');
    IF @name LIKE 'bad%'
    BEGIN
        RAISERROR('bad table name %s', 16, 1, @name);
        ROLLBACK;
        RETURN;
    END
    UPDATE dbo.guarded SET note = 'none' WHERE id = -1;
    INSERT INTO dbo.ddl_events (event_type, object_type, object_name, n)
    VALUES (@d.value('(/EVENT_INSTANCE/EventType)[1]', 'sysname'),
            @d.value('(/EVENT_INSTANCE/ObjectType)[1]', 'sysname'), @name, @@ROWCOUNT);
END;
GO
CREATE TRIGGER watch ON DATABASE WITH EXECUTE AS SELF FOR DROP_STATISTICS
AS
    PRINT 'statistics dropped';
GO
CREATE TRIGGER guard_drop ON DATABASE FOR CREATE_SEQUENCE
AS
    PRINT 'sequence created';
GO
