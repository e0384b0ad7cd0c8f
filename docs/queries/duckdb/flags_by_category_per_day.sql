-- Flags and flagged listings per scan day and category
SELECT scan_date, category, count(*) AS flags,
       count(DISTINCT marketplace || '/' || listing_id) AS listings
FROM read_parquet('warehouse/flags/*/*.parquet', hive_partitioning = true)
GROUP BY scan_date, category
ORDER BY scan_date, category;
