-- The "mine" tab (issue 4, point 1) reads an agent's assigned dossiers in the page's order and counts
-- them without touching the table: the columns its conditions read ride in the index. Before, the
-- planner combined the assignee index with the tenant's part of the search index (a bitmap of the
-- whole tenant): 0.3 s for the first page of an agent holding 20,746 dossiers, 0.15 s to count them;
-- with this index 0.2 ms and 7 ms (1,000,000 dossiers, EXPLAIN ANALYZE as the application's role).
drop index dossier_inbox_assignee_idx;
create index dossier_inbox_assignee_idx on dossier (assigned_to, updated_at desc, id desc)
    include (tenant_id, state, procedure_id, group_id, submitted_at)
    where assigned_to is not null;
