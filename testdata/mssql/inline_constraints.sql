-- Column-level PRIMARY KEY, UNIQUE, REFERENCES, CHECK, named and unnamed.
CREATE TABLE dbo.Customers (
    CustomerID int NOT NULL CONSTRAINT PK_Customers PRIMARY KEY,
    Email varchar(100) NOT NULL UNIQUE,
    Age int NULL CHECK (Age >= 18)
);
CREATE TABLE dbo.Orders (
    OrderID int PRIMARY KEY NONCLUSTERED,
    CustomerID int NOT NULL REFERENCES dbo.Customers(CustomerID),
    Code char(4) NULL CONSTRAINT UQ_Orders_Code UNIQUE,
    Qty int NOT NULL CONSTRAINT CK_Orders_Qty CHECK (Qty > 0) DEFAULT 1
);
GO
-- @exit 0
-- @pg: SELECT conname, contype FROM pg_constraint WHERE conrelid = 'dbo.customers'::regclass AND contype = 'p'
-- @expect: pk_customers|p
-- @pg: SELECT conname FROM pg_constraint WHERE conrelid = 'dbo.orders'::regclass AND conname IN ('uq_orders_code', 'ck_orders_qty') ORDER BY 1
-- @expect: ck_orders_qty
-- @expect: uq_orders_code
-- @pg: SELECT contype, count(*) FROM pg_constraint WHERE conrelid = 'dbo.orders'::regclass GROUP BY contype ORDER BY contype
-- @expect: c|1
-- @expect: f|1
-- @expect: p|1
-- @expect: u|1
-- @pg-ok: INSERT INTO dbo.customers (customerid, email, age) VALUES (1, 'a@x', 30)
-- @pg-fail: INSERT INTO dbo.customers (customerid, email) VALUES (2, 'a@x')
-- @error: duplicate key
-- @pg-fail: INSERT INTO dbo.customers (customerid, email, age) VALUES (3, 'c@x', 17)
-- @error: check constraint
-- @pg-fail: INSERT INTO dbo.customers (customerid, email) VALUES (1, 'd@x')
-- @error: duplicate key
-- @pg-fail: INSERT INTO dbo.orders (orderid, customerid) VALUES (10, 99)
-- @error: foreign key
-- @pg-ok: INSERT INTO dbo.orders (orderid, customerid, code) VALUES (10, 1, 'A1')
-- @pg: SELECT qty FROM dbo.orders WHERE orderid = 10
-- @expect: 1
-- @pg-fail: INSERT INTO dbo.orders (orderid, customerid, qty) VALUES (11, 1, 0)
-- @error: check constraint
-- @pg-fail: INSERT INTO dbo.orders (orderid, customerid, code) VALUES (12, 1, 'A1')
-- @error: duplicate key
