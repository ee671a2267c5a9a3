-- Procedure codes of 1-15 letters, digits, '.' and '-': office codes and sub-codes such as D0120.1, which practices
-- moving from Open Dental already have. Matching stays exact everywhere; the shape is the same in every table.
alter table procedure_code drop constraint procedure_code_code_check,
  add constraint procedure_code_code_check check (code ~ '^[A-Z0-9.-]{1,15}$');
alter table procedure_code drop constraint procedure_code_substitution_code_check,
  add constraint procedure_code_substitution_code_check check (substitution_code ~ '^[A-Z0-9.-]{1,15}$');
alter table code_group_code drop constraint code_group_code_code_check,
  add constraint code_group_code_code_check check (code ~ '^[A-Z0-9.-]{1,15}$');
alter table coverage_span drop constraint coverage_span_from_code_check,
  add constraint coverage_span_from_code_check check (from_code ~ '^[A-Z0-9.-]{1,15}$');
alter table coverage_span drop constraint coverage_span_to_code_check,
  add constraint coverage_span_to_code_check check (to_code ~ '^[A-Z0-9.-]{1,15}$');
alter table claim_history drop constraint claim_history_procedure_code_check,
  add constraint claim_history_procedure_code_check check (procedure_code ~ '^[A-Z0-9.-]{1,15}$');
