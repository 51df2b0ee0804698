-- Table-level CHECK constraints: AND, IN, IS NULL, BETWEEN, LEN().
CREATE TABLE dbo.Products (
    ID int NOT NULL,
    Name nvarchar(50) NOT NULL,
    Price money NOT NULL,
    Discount decimal(4,2) NOT NULL DEFAULT 0,
    Color varchar(10) NULL,
    CONSTRAINT CK_Products_Price CHECK (Price >= 0 AND Price < 10000),
    CONSTRAINT CK_Products_Color CHECK (Color IN ('red', 'green', 'blue') OR Color IS NULL),
    CONSTRAINT CK_Products_Name CHECK (LEN(Name) > 1),
    CONSTRAINT CK_Products_Discount CHECK (Discount BETWEEN 0 AND 0.5)
);
GO
-- @exit 0 1
-- @pg: SELECT count(*) FROM pg_constraint WHERE conrelid = 'dbo.products'::regclass AND contype = 'c'
-- @expect: 4
-- @pg-ok: INSERT INTO dbo.products (id, name, price, discount, color) VALUES (1, 'ab', 0, 0.5, 'red')
-- @pg-ok: INSERT INTO dbo.products (id, name, price) VALUES (2, 'ab', 9999.99)
-- @pg-fail: INSERT INTO dbo.products (id, name, price) VALUES (3, 'ab', -1)
-- @error: ck_products_price
-- @pg-fail: INSERT INTO dbo.products (id, name, price) VALUES (3, 'ab', 10000)
-- @error: ck_products_price
-- @pg-fail: INSERT INTO dbo.products (id, name, price, color) VALUES (3, 'ab', 1, 'pink')
-- @error: ck_products_color
-- @pg-fail: INSERT INTO dbo.products (id, name, price) VALUES (3, 'a', 1)
-- @error: ck_products_name
-- @pg-fail: INSERT INTO dbo.products (id, name, price, discount) VALUES (3, 'ab', 1, 0.6)
-- @error: ck_products_discount
-- @my: SELECT count(*) FROM information_schema.check_constraints WHERE table_name = 'products'
-- @expect: 4
-- @my-ok: INSERT INTO products (id, name, price, discount, color) VALUES (1, 'ab', 0, 0.5, 'red')
-- @my-ok: INSERT INTO products (id, name, price) VALUES (2, 'ab', 9999.99)
-- @my-fail: INSERT INTO products (id, name, price) VALUES (3, 'ab', -1)
-- @error: ck_products_price
-- @my-fail: INSERT INTO products (id, name, price, color) VALUES (3, 'ab', 1, 'pink')
-- @error: ck_products_color
-- @my-fail: INSERT INTO products (id, name, price) VALUES (3, 'a', 1)
-- @error: ck_products_name
-- @my-fail: INSERT INTO products (id, name, price, discount) VALUES (3, 'ab', 1, 0.6)
-- @error: ck_products_discount
