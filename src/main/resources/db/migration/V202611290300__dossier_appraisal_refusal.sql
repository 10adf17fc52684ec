-- A dossier whose appraisal concluded with a refusal (Decree 61/2018/NĐ-CP Art. 19, rejection after
-- appraisal): its result is a Phiếu từ chối giải quyết hồ sơ, returned through the "trả kết quả"
-- section like any result. Set when the specialist (or the leader at their step) refuses after
-- receipt, cleared when the refusal is sent back to be appraised again; the reasons, the legal basis
-- and the approval are in the content. Statistics read it to count the dossier as returned, not as
-- resolved.
ALTER TABLE dossier ADD COLUMN appraisal_refused_at TIMESTAMPTZ;
