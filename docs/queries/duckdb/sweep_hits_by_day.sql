-- Hits of each sweep by day: first seen that day, removed that day
WITH hits AS (
  SELECT * FROM read_parquet('warehouse/sweeps/*/hits/*.parquet', hive_partitioning = true)
), events AS (
  SELECT sweep_id, first_seen AS day, 1 AS new_hits, 0 AS removed FROM hits
  UNION ALL
  SELECT sweep_id, removed_at AS day, 0 AS new_hits, 1 AS removed FROM hits WHERE removed
)
SELECT sweep_id, day, sum(new_hits) AS new_hits, sum(removed) AS removed
FROM events
GROUP BY sweep_id, day
ORDER BY sweep_id, day;
