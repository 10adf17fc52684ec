-- The index of a unit and year is estimated from per-stratum totals that each response adds to in
-- the transaction that stores it (SurveyResponses), so that it costs the same for a hundred
-- responses as for a million (issue 8: ≤ 1 s over 1,000,000; see SatisfactionIndexBenchmark).
-- k is the number of the five elements a respondent is satisfied with (answers 4–5).
ALTER TABLE satisfaction_stratum
	ADD COLUMN respondents INT NOT NULL DEFAULT 0,
	ADD COLUMN satisfied_sum BIGINT NOT NULL DEFAULT 0,
	ADD COLUMN satisfied_squares BIGINT NOT NULL DEFAULT 0,
	ADD COLUMN access_satisfied INT NOT NULL DEFAULT 0,
	ADD COLUMN procedure_satisfied INT NOT NULL DEFAULT 0,
	ADD COLUMN officials_satisfied INT NOT NULL DEFAULT 0,
	ADD COLUMN result_satisfied INT NOT NULL DEFAULT 0,
	ADD COLUMN feedback_satisfied INT NOT NULL DEFAULT 0;

COMMENT ON COLUMN satisfaction_stratum.satisfied_sum IS 'Σ k over the responses, k = elements satisfied (0–5)';
COMMENT ON COLUMN satisfaction_stratum.satisfied_squares IS 'Σ k² over the responses';

-- the responses stored before the totals existed
UPDATE satisfaction_stratum st
   SET respondents = a.n, satisfied_sum = a.k, satisfied_squares = a.kk, access_satisfied = a.access,
       procedure_satisfied = a.procedure, officials_satisfied = a.officials, result_satisfied = a.result,
       feedback_satisfied = a.feedback
  FROM (SELECT campaign_id, stratum, count(*) AS n,
               sum(access_ok + procedure_ok + officials_ok + result_ok + feedback_ok) AS k,
               sum((access_ok + procedure_ok + officials_ok + result_ok + feedback_ok)
                   * (access_ok + procedure_ok + officials_ok + result_ok + feedback_ok)) AS kk,
               sum(access_ok) AS access, sum(procedure_ok) AS procedure, sum(officials_ok) AS officials,
               sum(result_ok) AS result, sum(feedback_ok) AS feedback
          FROM satisfaction_response GROUP BY campaign_id, stratum) a
 WHERE a.campaign_id = st.campaign_id AND a.stratum = st.stratum;
