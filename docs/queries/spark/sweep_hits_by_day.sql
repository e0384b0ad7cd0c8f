-- Hits of each sweep by day: first seen that day, removed that day
CREATE OR REPLACE TEMPORARY VIEW hits
USING parquet
OPTIONS (path 'warehouse/sweeps/sweep_id=*/hits', basePath 'warehouse/sweeps');

SELECT sweep_id, day, sum(new_hits) AS new_hits, sum(removed) AS removed
FROM (
  SELECT sweep_id, first_seen AS day, 1 AS new_hits, 0 AS removed FROM hits
  UNION ALL
  SELECT sweep_id, removed_at AS day, 0 AS new_hits, 1 AS removed FROM hits WHERE removed
) events
GROUP BY sweep_id, day
ORDER BY sweep_id, day;
