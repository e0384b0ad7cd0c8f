-- Offers first reported in the last 7 days, by who reported them: how many were removed and
-- the median hours from that report to the removal (latest lifecycle)
WITH latest AS (
  SELECT * FROM read_parquet('warehouse/lifecycle/*/*.parquet', hive_partitioning = true)
  WHERE as_of = (SELECT max(as_of)
                 FROM read_parquet('warehouse/lifecycle/*/*.parquet', hive_partitioning = true))),
reports AS (SELECT as_of, removed_at, unnest(sources) AS s FROM latest)
SELECT s.source AS source, count(*) AS offers, count(removed_at) AS removed,
       quantile_cont(s.hours_to_removal, 0.5) AS median_hours
FROM reports
WHERE s.first_at >= as_of - INTERVAL 6 DAY
GROUP BY s.source
ORDER BY s.source;
