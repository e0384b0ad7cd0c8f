-- Sellers with the most flags
SELECT marketplace, seller_id, count(*) AS flags,
       count(DISTINCT listing_id) AS listings, max(scan_date) AS last_flagged
FROM parquet.`warehouse/flags`
WHERE seller_id IS NOT NULL
GROUP BY marketplace, seller_id
ORDER BY flags DESC, marketplace, seller_id
LIMIT 10;
