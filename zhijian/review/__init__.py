"""Human review (issue 13): a shop's review settings, sampling policies, calibration figures and
webhook alerts — pure library code; storage and endpoints are in :mod:`zhijian.service`."""
