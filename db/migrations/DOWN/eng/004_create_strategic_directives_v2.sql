-- Undo eng 004. Drops the views over the table first (re-created by the views file).

DROP VIEW IF EXISTS views.eng_governance_summary;
DROP VIEW IF EXISTS views.eng_directive_register;

DROP TABLE eng.strategic_directives_v2;
