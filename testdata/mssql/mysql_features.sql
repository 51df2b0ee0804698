-- MySQL-family specifics on MariaDB 10.11 (the default --to mariadb): CHECK enforced, expression
-- defaults, DESC index, sequences, comments inline, AUTO_INCREMENT seed, long keys get a prefix,
-- a row wider than 65,535 bytes moves long varchar columns to text, foreign keys after all tables,
-- reserved words quoted, string + becomes CONCAT, integer division DIV, a view with a CTE.
CREATE SCHEMA Sales;
GO
CREATE SEQUENCE Sales.OrderNo AS bigint START WITH 1000 INCREMENT BY 10;
CREATE TABLE Sales.[Order] (
    [Key] int IDENTITY(500,1) NOT NULL CONSTRAINT PK_Order PRIMARY KEY,
    [Select] nvarchar(50) NOT NULL,
    Email nvarchar(1000) NOT NULL CONSTRAINT UQ_Order_Email UNIQUE,
    No bigint NOT NULL CONSTRAINT DF_Order_No DEFAULT (NEXT VALUE FOR Sales.OrderNo),
    Placed datetime2(3) NOT NULL CONSTRAINT DF_Order_Placed DEFAULT (sysdatetime()),
    Due date NULL CONSTRAINT DF_Order_Due DEFAULT (dateadd(day, 7, getdate())),
    Qty int NOT NULL CONSTRAINT CK_Order_Qty CHECK (Qty BETWEEN 1 AND 99),
    Half AS (Qty / 2) PERSISTED,
    Label AS ([Select] + N'#' + CAST(Qty AS nvarchar(10)))
);
CREATE TABLE Sales.Line (
    OrderKey int NOT NULL CONSTRAINT FK_Line_Order REFERENCES Sales.[Order] ([Key]) ON DELETE CASCADE,
    LineNo int NOT NULL,
    A nvarchar(4000) NULL, B nvarchar(4000) NULL, C nvarchar(4000) NULL, D nvarchar(4000) NULL, E nvarchar(4000) NULL,
    CONSTRAINT PK_Line PRIMARY KEY (OrderKey, LineNo)
);
CREATE INDEX IX_Order_Placed ON Sales.[Order] (Placed DESC, [Key]);
GO
CREATE VIEW Sales.BigOrders AS
WITH q AS (SELECT [Key], Qty FROM Sales.[Order] WHERE Qty > 50)
SELECT [Key], Qty FROM q;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'One order; it''s a test',
    @level0type = N'SCHEMA', @level0name = N'Sales', @level1type = N'TABLE', @level1name = N'Order';
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quantity ordered',
    @level0type = N'SCHEMA', @level0name = N'Sales', @level1type = N'TABLE', @level1name = N'Order',
    @level2type = N'COLUMN', @level2name = N'Qty';
GO
-- @for: mariadb
-- @exit: 0 1
-- @report: K022
-- @report: K028
-- @out-contains: CREATE DATABASE IF NOT EXISTS sales
-- @out-contains: CREATE TABLE sales.`order`
-- @out-contains: `select` varchar(50) NOT NULL
-- @out-contains: AUTO_INCREMENT=500
-- @out-contains: CONCAT(`select`, '#', CAST(qty AS CHAR(10)))
-- @out-contains: (qty DIV 2)
-- @out-match: ^ALTER TABLE sales.line ADD CONSTRAINT fk_line_order FOREIGN KEY
-- @my: SELECT column_name, column_type FROM information_schema.columns WHERE table_schema = 'sales' \
--      AND table_name = 'line' AND column_name IN ('a', 'e') ORDER BY column_name
-- @expect: a|mediumtext
-- @expect: e|varchar(4000)
-- @my: SELECT check_clause FROM information_schema.check_constraints WHERE constraint_schema = 'sales' AND constraint_name = 'ck_order_qty'
-- @expect-contains: between 1 and 99
-- @my-ok: INSERT INTO sales.`order` (`select`, email, qty) VALUES ('a', 'a@x', 5)
-- @my-ok: INSERT INTO sales.`order` (`select`, email, qty) VALUES ('b', 'b@x', 60)
-- @my: SELECT `key`, no, half, label, due = date_add(date(placed), INTERVAL 7 DAY) FROM sales.`order` ORDER BY `key`
-- @expect: 500|1000|2|a#5|1
-- @expect: 501|1010|30|b#60|1
-- @my-fail: INSERT INTO sales.`order` (`select`, email, qty) VALUES ('c', 'c@x', 100)
-- @error: ck_order_qty
-- @my-fail: INSERT INTO sales.`order` (`select`, email, qty) VALUES ('d', 'a@x', 5)
-- @error: Duplicate entry
-- @my-fail: INSERT INTO sales.line (orderkey, lineno) VALUES (999, 1)
-- @error: foreign key constraint fails
-- @my: SELECT `key`, qty FROM sales.bigorders
-- @expect: 501|60
-- @my: SELECT table_comment FROM information_schema.tables WHERE table_schema = 'sales' AND table_name = 'order'
-- @expect: One order; it's a test
-- @my: SELECT column_comment FROM information_schema.columns WHERE table_schema = 'sales' AND table_name = 'order' AND column_name = 'qty'
-- @expect: Quantity ordered
-- @my: SELECT index_name, seq_in_index, column_name, collation, sub_part FROM information_schema.statistics \
--      WHERE table_schema = 'sales' AND table_name = 'order' AND index_name IN ('ix_order_placed', 'uq_order_email') ORDER BY index_name, seq_in_index
-- @expect: ix_order_placed|1|placed|D|NULL
-- @expect: ix_order_placed|2|key|A|NULL
-- @expect: uq_order_email|1|email|A|768
-- @for: postgres
-- @exit: 0 1
-- @pg-ok: INSERT INTO sales."order" ("select", email, qty) VALUES ('a', 'a@x', 5)
-- @pg: SELECT "key", no, half, label FROM sales."order"
-- @expect: 500|1000|2|a#5
