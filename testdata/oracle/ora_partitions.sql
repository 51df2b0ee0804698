-- Range, list, hash and interval partitioning to PostgreSQL declarative partitioning.
CREATE TABLE sales (
    sale_id   NUMBER(10),
    sale_date DATE NOT NULL,
    amount    NUMBER(10,2)
)
PARTITION BY RANGE (sale_date)
( PARTITION p2022 VALUES LESS THAN (TO_DATE('2023-01-01', 'YYYY-MM-DD')) TABLESPACE ts1,
  PARTITION p2023 VALUES LESS THAN (DATE '2024-01-01'),
  PARTITION pmax  VALUES LESS THAN (MAXVALUE)
);
CREATE TABLE regions (
    id     NUMBER(5),
    region VARCHAR2(10),
    CONSTRAINT regions_pk PRIMARY KEY (id, region)
)
PARTITION BY LIST (region)
( PARTITION r_east VALUES ('NY', 'NJ'),
  PARTITION r_west VALUES ('CA'),
  PARTITION r_other VALUES (DEFAULT)
);
CREATE TABLE events (id NUMBER(10), kind VARCHAR2(10))
PARTITION BY HASH (id) PARTITIONS 4;
CREATE TABLE readings (id NUMBER(10), taken DATE)
PARTITION BY RANGE (taken) INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'))
( PARTITION p0 VALUES LESS THAN (DATE '2024-01-01') );
CREATE TABLE orders_pk (id NUMBER(10) PRIMARY KEY, created DATE)
PARTITION BY RANGE (created) ( PARTITION p1 VALUES LESS THAN (MAXVALUE) );
-- @exit 1
-- @pg: SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid \
--      JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname IN ('sales', 'regions', 'events', 'readings') ORDER BY 1
-- @expect: events_p1|FOR VALUES WITH (modulus 4, remainder 0)
-- @expect: events_p2|FOR VALUES WITH (modulus 4, remainder 1)
-- @expect: events_p3|FOR VALUES WITH (modulus 4, remainder 2)
-- @expect: events_p4|FOR VALUES WITH (modulus 4, remainder 3)
-- @expect: readings_p0|FOR VALUES FROM (MINVALUE) TO ('2024-01-01 00:00:00')
-- @expect: regions_r_east|FOR VALUES IN ('NY', 'NJ')
-- @expect: regions_r_other|DEFAULT
-- @expect: regions_r_west|FOR VALUES IN ('CA')
-- @expect: sales_p2022|FOR VALUES FROM (MINVALUE) TO ('2023-01-01 00:00:00')
-- @expect: sales_p2023|FOR VALUES FROM ('2023-01-01 00:00:00') TO ('2024-01-01 00:00:00')
-- @expect: sales_pmax|FOR VALUES FROM ('2024-01-01 00:00:00') TO (MAXVALUE)
-- @pg-ok: INSERT INTO sales VALUES (1, '2022-06-01', 10), (2, '2023-06-01', 20), (3, '2030-01-01', 30)
-- @pg: SELECT tableoid::regclass, sale_id FROM sales ORDER BY 2
-- @expect: sales_p2022|1
-- @expect: sales_p2023|2
-- @expect: sales_pmax|3
-- @pg: SELECT relkind FROM pg_class WHERE relname = 'orders_pk'
-- @expect: r
-- @report: K041
-- @for: postgres
-- @report: K042
-- @for: mariadb
-- @my: SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()
-- @expect: 5
