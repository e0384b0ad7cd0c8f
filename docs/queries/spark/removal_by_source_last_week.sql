-- Offers first reported in the last 7 days, by who reported them: how many were removed and
-- the median hours from that report to the removal (latest lifecycle)
SELECT s.source AS source, count(*) AS offers, count(removed_at) AS removed,
       percentile(s.hours_to_removal, 0.5) AS median_hours
FROM (SELECT as_of, removed_at, explode(sources) AS s
      FROM parquet.`warehouse/lifecycle`
      WHERE as_of = (SELECT max(as_of) FROM parquet.`warehouse/lifecycle`))
WHERE s.first_at >= date_sub(as_of, 6)
GROUP BY s.source
ORDER BY s.source;
