-- wrk script: each request registers one application (POST /api/applications); the bearer token comes from -H.
-- SUBMITTED (yyyy-mm-dd) is set by run.sh through the environment.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format([[{"channel":"InPerson","submitted":"%s","confirmed":null,"applicantKind":"NaturalPerson",
"applicantName":"压测申请人","idNumber":null,"phone":"13800138000","address":"示范市示范区幸福路1号","email":null,
"informationRequested":"性能测试：某路段拆迁补偿方案","preferredForm":null,"handlerId":null}]], os.getenv("SUBMITTED"))
