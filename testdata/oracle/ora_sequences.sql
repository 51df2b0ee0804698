-- CREATE SEQUENCE with Oracle's options; bounds beyond bigint (28 nines) are dropped and reported.
CREATE SEQUENCE s_plain;
CREATE SEQUENCE s_full START WITH 10 INCREMENT BY 5 MINVALUE 10 MAXVALUE 100 CYCLE CACHE 20 ORDER;
CREATE SEQUENCE s_big MINVALUE 1 MAXVALUE 9999999999999999999999999999 START WITH 1 INCREMENT BY 1 NOCACHE NOCYCLE NOORDER;
CREATE SEQUENCE s_down START WITH -1 INCREMENT BY -1 MAXVALUE -1 MINVALUE -1000 NOCYCLE;
-- @exit 0 1
-- @pg: SELECT sequence_name, start_value, minimum_value, maximum_value, increment, cycle_option \
--      FROM information_schema.sequences ORDER BY sequence_name
-- @expect: s_big|1|1|9223372036854775807|1|NO
-- @expect: s_down|-1|-1000|-1|-1|NO
-- @expect: s_full|10|10|100|5|YES
-- @expect: s_plain|1|1|9223372036854775807|1|NO
-- @pg: SELECT nextval('s_plain'), nextval('s_full'), nextval('s_full'), nextval('s_down')
-- @expect: 1|10|15|-1
-- @report: K043
