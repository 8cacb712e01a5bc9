-- Undo eng 003. Views over eng.teams are repeatable and re-created by the views file;
-- drop the ones that depend on the table so the DROP needs no CASCADE (an unknown dependant
-- then fails the rollback loudly instead of vanishing silently).

DROP VIEW IF EXISTS views.eng_governance_summary;
DROP VIEW IF EXISTS views.eng_directive_register;

DROP TABLE eng.teams;
DROP FUNCTION eng.touch_updated_at();
