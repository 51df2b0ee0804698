-- Character, binary, date/time and other types; DATE keeps its time part (timestamp(0)).
CREATE TABLE misc_types (
    v_byte   VARCHAR2(10 BYTE),
    v_char   VARCHAR2(10 CHAR),
    v_plain  VARCHAR2(20),
    nv       NVARCHAR2(30),
    c        CHAR(3),
    nc       NCHAR(2),
    cl       CLOB,
    ncl      NCLOB,
    bl       BLOB,
    r        RAW(16),
    d        DATE,
    ts       TIMESTAMP,
    ts3      TIMESTAMP(3),
    tstz     TIMESTAMP(6) WITH TIME ZONE,
    tsltz    TIMESTAMP WITH LOCAL TIME ZONE,
    iym      INTERVAL YEAR TO MONTH,
    ids      INTERVAL DAY(3) TO SECOND(2),
    x        XMLTYPE,
    lr       LONG RAW
);
-- @exit 0 1
-- @pg: SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute \
--      WHERE attrelid = 'misc_types'::regclass AND attnum > 0 ORDER BY attnum
-- @expect: v_byte|character varying(10)
-- @expect: v_char|character varying(10)
-- @expect: v_plain|character varying(20)
-- @expect: nv|character varying(30)
-- @expect: c|character(3)
-- @expect: nc|character(2)
-- @expect: cl|text
-- @expect: ncl|text
-- @expect: bl|bytea
-- @expect: r|bytea
-- @expect: d|timestamp(0) without time zone
-- @expect: ts|timestamp(6) without time zone
-- @expect: ts3|timestamp(3) without time zone
-- @expect: tstz|timestamp(6) with time zone
-- @expect: tsltz|timestamp(6) with time zone
-- @expect: iym|interval year to month
-- @expect: ids|interval day to second(2)
-- @expect: x|xml
-- @expect: lr|bytea
-- @pg-ok: INSERT INTO misc_types (d) VALUES ('2024-02-29 13:45:10')
-- @pg: SELECT to_char(d, 'YYYY-MM-DD HH24:MI:SS') FROM misc_types
-- @expect: 2024-02-29 13:45:10
-- @report: T206
-- @report: T208
