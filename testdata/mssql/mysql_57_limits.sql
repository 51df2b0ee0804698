-- MySQL 5.7 limits: a CHECK is parsed but not enforced, expression defaults are not allowed (only
-- literals and CURRENT_TIMESTAMP), DESC in an index is ignored, no index on an expression, no sequences.
-- For MariaDB the case converts with --to mysql:5.7 and loads the 5.7 output into MariaDB.
CREATE SEQUENCE dbo.TicketNo AS int START WITH 1 INCREMENT BY 1;
CREATE TABLE dbo.Tickets (
    ID int NOT NULL PRIMARY KEY,
    Qty int NOT NULL CONSTRAINT CK_Tickets_Qty CHECK (Qty > 0),
    Code char(36) NOT NULL DEFAULT (newid()),
    Opened datetime NOT NULL DEFAULT (getdate()),
    Due date NULL DEFAULT (dateadd(day, 7, getdate())),
    Note nvarchar(max) NULL DEFAULT (N'none'),
    Total AS (Qty * 2)
);
CREATE INDEX IX_Tickets_Opened ON dbo.Tickets (Opened DESC);
CREATE INDEX IX_Tickets_Qty ON dbo.Tickets (Qty) INCLUDE (Note) WHERE Qty > 10;
GO
-- @for: mariadb
-- @args: --to mysql:5.7
-- @exit: 1
-- @report: K020
-- @report-object: CK_Tickets_Qty
-- @report: K019
-- @report-object: default of dbo.tickets.code dropped: expression defaults need MySQL 8.0.13
-- @report: K021
-- @report: K023
-- @report: K024
-- @report: K025
-- @report-eval: r["target"] == "mysql:5.7"
-- @out-contains: CONSTRAINT ck_tickets_qty CHECK (qty > 0)
-- @out-contains: opened datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
-- @out-not-contains: uuid()
-- @out-not-contains: DESC)
-- @out-match: ^CREATE INDEX ix_tickets_qty ON tickets \(qty, note\([0-9]+\)\)
-- @out-contains: GENERATED ALWAYS AS ((qty * 2)) VIRTUAL
-- @my: SELECT column_name, column_default FROM information_schema.columns WHERE table_name = 'tickets' \
--      AND column_name IN ('code', 'due', 'note') ORDER BY column_name
-- @expect: code|NULL
-- @expect: due|NULL
-- @expect: note|NULL
-- @my: SELECT count(*) FROM information_schema.tables WHERE table_name = 'ticketno'
-- @expect: 0
-- @my-ok: INSERT INTO tickets (id, qty, code) VALUES (1, 3, 'x')
-- @my: SELECT total, opened IS NOT NULL FROM tickets
-- @expect: 6|1
-- @for: postgres
-- @exit: 0 1
-- @pg-fail: INSERT INTO dbo.tickets (id, qty) VALUES (1, 0)
-- @error: ck_tickets_qty
