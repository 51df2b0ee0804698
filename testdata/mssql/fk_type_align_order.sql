-- Foreign key columns take the referenced column's type (K044) whatever the order of the statements: a
-- foreign key added by ALTER TABLE before its referenced table is defined, an inline column foreign key to a
-- table defined later, a referenced primary key added later by ALTER TABLE, and a table foreign key without
-- columns (the referenced table's primary key). Guards the FK type pass, which reads only the statements
-- marked while they were converted (fktypes.c, sct_conv_fk_mark).
CREATE TABLE dbo.OrderLine (
    id int PRIMARY KEY,
    order_id numeric(10,0),
    prod_id smallint REFERENCES dbo.Product(id),
    batch_id numeric(9,0)
);
GO
ALTER TABLE dbo.OrderLine ADD CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES dbo.Orders(id);
GO
CREATE TABLE dbo.Orders (id int NOT NULL);
GO
CREATE TABLE dbo.Product (id int PRIMARY KEY);
GO
CREATE TABLE dbo.Batch (id int NOT NULL, note varchar(10));
GO
ALTER TABLE dbo.Orders ADD CONSTRAINT pk_orders PRIMARY KEY (id);
GO
ALTER TABLE dbo.Batch ADD CONSTRAINT pk_batch PRIMARY KEY (id);
GO
ALTER TABLE dbo.OrderLine ADD CONSTRAINT fk_line_batch FOREIGN KEY (batch_id) REFERENCES dbo.Batch;
GO
-- @report: K044
-- @for: postgres
-- @report-eval: sum(1 for i in items if i["code"] == "K044") == 2
-- @for: mariadb
-- @report-eval: sum(1 for i in items if i["code"] == "K044") == 3
-- @for: all
-- @pg: SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'dbo.orderline'::regclass AND attname IN ('order_id', 'prod_id', 'batch_id') ORDER BY 1
-- @expect: batch_id|integer
-- @expect: order_id|integer
-- @expect: prod_id|smallint
-- @pg-ok: INSERT INTO dbo.orders VALUES (1)
-- @pg-ok: INSERT INTO dbo.batch VALUES (5, 'x')
-- @pg-ok: INSERT INTO dbo.orderline (id, order_id, batch_id) VALUES (1, 1, 5)
-- @pg-fail: INSERT INTO dbo.orderline (id, order_id) VALUES (2, 99)
-- @error: fk_line_order
-- @pg-fail: INSERT INTO dbo.orderline (id, batch_id) VALUES (3, 99)
-- @error: fk_line_batch
-- @my: SELECT column_name, column_type FROM information_schema.columns WHERE table_name = 'orderline' AND column_name IN ('order_id', 'prod_id', 'batch_id') ORDER BY column_name
-- @expect: batch_id|int(11)
-- @expect: order_id|int(11)
-- @expect: prod_id|int(11)
-- @my-ok: INSERT INTO orders VALUES (1)
-- @my-fail: INSERT INTO orderline (id, order_id) VALUES (2, 99)
-- @error: foreign key
