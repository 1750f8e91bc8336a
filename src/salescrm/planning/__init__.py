"""Sales organisation and planning (requirements 1.2.4 and 1.2.5): territories, headcount and
recruitment, branch offices and partners, expense budgets, strategies, plans and targets,
training and commissions. One sub-package per area, each with its models, schemas, repository,
service and router; ``planning.router`` gathers their routers."""
