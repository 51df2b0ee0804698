-- Sequences keep type, start, increment, min, max, cycle; NEXT VALUE FOR in a default.
CREATE SEQUENCE dbo.OrderNo AS bigint START WITH 1000 INCREMENT BY 10 MINVALUE 1000 MAXVALUE 99999 CYCLE CACHE 20;
CREATE SEQUENCE Ticket START WITH 1 INCREMENT BY 1 NO CYCLE;
CREATE SEQUENCE dbo.Down AS int START WITH -1 INCREMENT BY -1 MINVALUE -100 MAXVALUE -1 NO CACHE;
GO
CREATE TABLE dbo.Orders (OrderNo bigint NOT NULL DEFAULT (NEXT VALUE FOR dbo.OrderNo), Item varchar(10) NULL);
GO
-- @exit 0 1
-- @pg: SELECT data_type, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences \
--      WHERE sequence_schema = 'dbo' AND sequence_name = 'orderno'
-- @expect: bigint|1000|1000|99999|10|YES
-- @pg: SELECT data_type, start_value, increment, cycle_option FROM information_schema.sequences \
--      WHERE sequence_schema = 'dbo' AND sequence_name = 'ticket'
-- @expect: bigint|1|1|NO
-- @pg: SELECT data_type, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences \
--      WHERE sequence_schema = 'dbo' AND sequence_name = 'down'
-- @expect: integer|-1|-100|-1|-1|NO
-- @pg-ok: INSERT INTO dbo.orders (item) VALUES ('a'), ('b')
-- @pg: SELECT orderno FROM dbo.orders ORDER BY orderno
-- @expect: 1000
-- @expect: 1010
-- @pg: SELECT nextval('dbo.down'), nextval('dbo.down')
-- @expect: -1|-2
