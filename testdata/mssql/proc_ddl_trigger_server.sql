-- DDL triggers that stay carried whole: ON ALL SERVER (server-level events such as logins have no PostgreSQL
-- counterpart; event triggers belong to one database) and ON DATABASE for events PostgreSQL never reports
-- (users and roles are shared objects there).
-- @exit: 1
-- @report: C003
-- @report: C021
-- @report-object: ON ALL SERVER
-- @for: postgres
-- @report-object: none of the DDL trigger's events (CREATE_USER, DROP_USER, CREATE_CERTIFICATE) has a PostgreSQL counterpart
-- @for: mariadb
-- @report-object: MySQL and MariaDB have no DDL (event) triggers
-- @for: all
-- @out-not-contains: CREATE EVENT TRIGGER
-- @no-report: C042
-- @report-eval: sum(1 for i in items if i["code"] == "C003") == 2
-- @pg: SELECT count(*) FROM pg_event_trigger
-- @expect: 0

CREATE TABLE dbo.login_audit (
    id int IDENTITY(1,1) NOT NULL PRIMARY KEY,
    login_name sysname NOT NULL,
    post_time datetime NOT NULL DEFAULT (GETDATE())
);
GO

CREATE TRIGGER login_audit_trg ON ALL SERVER
FOR CREATE_LOGIN, DDL_LOGIN_EVENTS
AS
BEGIN
    DECLARE @data xml = EVENTDATA();
    INSERT INTO dbo.login_audit (login_name)
    VALUES (@data.value('(/EVENT_INSTANCE/ObjectName)[1]', 'sysname'));
END;
GO

CREATE TRIGGER user_audit ON DATABASE
FOR CREATE_USER, DROP_USER, CREATE_CERTIFICATE
AS
BEGIN
    PRINT 'user changed';
END;
GO
