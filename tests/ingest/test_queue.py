"""With a broker: the API answers 202 with the job and its status URL, a worker runs the job,
fetch errors are retried with backoff, and a job that fails keeps its error for admin and API.
The broker here is in memory; tests/ingest/test_workers.py runs real workers on Redis."""

import pytest
from django.core.management import call_command

from attribution import services, tasks
from attribution.models import Article, IngestJob
from tests.ingest.conftest import nothing_written, serve_page

pytestmark = pytest.mark.django_db


def test_a_url_posted_with_a_broker_is_accepted_with_a_job_and_its_status_url(editor_api, web, task_queue, django_capture_on_commit_callbacks):
    url = serve_page(web, "/bridge")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_api.post("/api/articles/", {"url": url}, format="json")
    assert response.status_code == 202
    job = response.json()
    assert job["status"] == "queued" and job["article"] is None
    assert response["Location"] == f"/api/jobs/{job['id']}/" and job["status_url"].endswith(response["Location"])
    assert not Article.objects.exists()  # nothing happens until a worker runs it
    tasks.ingest_job_run.apply(args=[job["id"]])  # what a worker does with the message
    done = editor_api.get(job["status_url"]).json()
    assert done["status"] == "done" and done["article_created"] is True
    assert editor_api.get(done["article_url"]).json()["url"] == url
    again = editor_api.post("/api/articles/", {"url": url}, format="json")
    assert again.status_code == 200 and again.json()["id"] == job["id"]


def test_text_posted_with_a_broker_is_queued_too(editor_api, task_queue, django_capture_on_commit_callbacks):
    body = {"text": "“The ferry will run all winter,” the harbour master said.", "outlet": "Coast News"}
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_api.post("/api/articles/", body, format="json")
    assert response.status_code == 202
    tasks.ingest_job_run.apply(args=[response.json()["id"]])
    job = IngestJob.objects.get()
    assert job.status == IngestJob.Status.DONE and job.article.outlet.name == "Coast News" and job.text == ""
    assert editor_api.post("/api/articles/", body, format="json").status_code == 200


def test_a_fetch_that_may_pass_is_retried_with_doubling_backoff_then_left_failed_with_its_error(
    editor_api, web, task_queue, settings, monkeypatch
):
    settings.INGEST_RETRY_BACKOFF = 30
    web.expect_request("/busy").respond_with_data("Busy", status=503)
    job = services.ingest_job_for_url(url=web.url_for("/busy")).job
    countdowns = []

    def retry_later(exc=None, countdown=None, **options):
        countdowns.append(countdown)  # a worker would send the task back to the broker
        raise exc

    monkeypatch.setattr(tasks.ingest_job_run, "retry", retry_later)
    for retries in range(tasks.ingest_job_run.max_retries):
        tasks.ingest_job_run.apply(args=[job.pk], retries=retries, throw=False)
        job.refresh_from_db()
        assert job.status == IngestJob.Status.QUEUED and f"Attempt {retries + 1} failed, will retry" in job.error
    assert countdowns == [30, 60, 120]
    tasks.ingest_job_run.apply(args=[job.pk], retries=tasks.ingest_job_run.max_retries, throw=False)
    job.refresh_from_db()
    assert job.status == IngestJob.Status.FAILED and job.attempts == 4 and "answered 503" in job.error
    assert nothing_written()
    shown = editor_api.get(f"/api/jobs/{job.pk}/").json()
    assert shown["status"] == "failed" and "answered 503" in shown["error"]
    assert editor_api.get("/api/jobs/?status=failed").json()["results"][0]["id"] == job.pk


def test_a_failed_job_shows_in_admin_and_can_be_tried_again(admin_client, web):
    web.expect_request("/later").respond_with_data("Gone", status=404)
    job = services.ingest_job_for_url(url=web.url_for("/later")).job
    services.ingest_jobs_enqueue([job])
    page = admin_client.get("/admin/attribution/ingestjob/?status__exact=failed").content.decode()
    assert "answered 404" in page
    web.clear()
    serve_page(web, "/later")
    admin_client.post("/admin/attribution/ingestjob/", {"action": "retry_failed", "_selected_action": [job.pk]})
    job.refresh_from_db()
    assert job.status == IngestJob.Status.DONE and job.article is not None


def test_ingest_with_a_broker_queues_the_files_and_no_wait_returns_at_once(tmp_path, task_queue, capsys, django_capture_on_commit_callbacks):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f"“Bus line {n} will run at night,” the council said.", encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(tmp_path), "--outlet", "Coast News", "--no-wait")
    assert "3 file(s): 3 queued, 0 refused." in capsys.readouterr().out
    assert IngestJob.objects.filter(status=IngestJob.Status.QUEUED).count() == 3 and not Article.objects.exists()


def test_editors_see_failed_jobs_and_feeds_in_admin(client, editor, web):
    web.expect_request("/gone").respond_with_data("Gone", status=404)
    services.ingest_jobs_enqueue([services.ingest_job_for_url(url=web.url_for("/gone")).job])
    client.force_login(editor)
    assert "answered 404" in client.get("/admin/attribution/ingestjob/").content.decode()
    assert client.get("/admin/attribution/feed/add/").status_code == 200


def test_a_failed_job_is_retried_through_the_api(editor_api, web):
    web.expect_request("/later").respond_with_data("Not yet", status=404)
    job = services.ingest_job_for_url(url=web.url_for("/later")).job
    services.ingest_jobs_enqueue([job])
    web.clear()
    serve_page(web, "/later")
    response = editor_api.post(f"/api/jobs/{job.pk}/retry")
    assert response.status_code == 200 and response.json()["status"] == "done"
    assert editor_api.post(f"/api/jobs/{job.pk}/retry").status_code == 400  # done: nothing to retry


def test_ingest_url_with_a_broker_and_no_wait_queues_and_returns(web, task_queue, capsys, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest_url", serve_page(web, "/bridge"), "--no-wait")
    job = IngestJob.objects.get()
    assert f"1 page(s) queued (jobs {job.pk})." in capsys.readouterr().out
    assert job.status == IngestJob.Status.QUEUED and not Article.objects.exists()
