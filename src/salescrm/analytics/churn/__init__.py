"""Life cycle and churn (issue 19): the life-cycle rules as data, applied to every customer by
a scheduled, set-based task that records each stage change on the customer's timeline; and a
churn-risk score per owned customer with its reasons in words, recomputed set-based from the
signals registered in ``signals`` (issue 20 adds complaints and satisfaction there)."""
