-- Sellers with the most listings confirmed by reviewers (latest lifecycle)
SELECT marketplace, seller_id, count(*) FILTER (WHERE decision = 'confirmed') AS confirmed,
       count(*) AS reported, bool_or(repeat_infringer) AS repeat_infringer
FROM parquet.`warehouse/lifecycle`
WHERE as_of = (SELECT max(as_of) FROM parquet.`warehouse/lifecycle`)
  AND seller_id IS NOT NULL
GROUP BY marketplace, seller_id
ORDER BY confirmed DESC, reported DESC, marketplace, seller_id
LIMIT 10;
