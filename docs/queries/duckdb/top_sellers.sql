-- Sellers with the most flags
SELECT marketplace, seller_id, count(*) AS flags,
       count(DISTINCT listing_id) AS listings, max(scan_date) AS last_flagged
FROM read_parquet('warehouse/flags/*/*.parquet', hive_partitioning = true)
WHERE seller_id IS NOT NULL
GROUP BY marketplace, seller_id
ORDER BY flags DESC, marketplace, seller_id
LIMIT 10;
