"""Settings are read from the environment; production refuses to start without a SECRET_KEY."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k" + "9f8e7d6c5b4a3z2y1x0w-vutsrqponmlkjihgfedcba_ZYXWVUTSRQPONM"

ENV_NAMES = (
    "DATABASE_URL",
    "REDIS_URL",
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "PORT",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)


def run_python(code: str, settings_module: str, **env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
    clean.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_manage(*args: str, settings_module: str, **env) -> subprocess.CompletedProcess:
    code = "import sys; from django.core.management import execute_from_command_line; "
    code += f"execute_from_command_line(['manage.py', *{list(args)!r}])"
    return run_python(code, settings_module, **env)


SHOW_SETTINGS = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({'engine': s.DATABASES['default']['ENGINE'], "
    "'name': str(s.DATABASES['default']['NAME']), 'layer': s.CHANNEL_LAYERS['default']['BACKEND'], "
    "'cache': s.CACHES['default']['BACKEND'], 'debug': s.DEBUG, 'hosts': s.ALLOWED_HOSTS, "
    "'origins': s.CSRF_TRUSTED_ORIGINS, 'port': s.PORT}))"
)


def show(settings_module: str, **env) -> dict:
    result = run_python(SHOW_SETTINGS, settings_module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_embedded_defaults_are_sqlite_and_in_memory_layer():
    values = show("jobgroup_platform.settings.dev")
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"].endswith("db.sqlite3")
    assert values["layer"] == "jobgroup_platform.channel_layers.ThrottledInMemoryChannelLayer"
    assert values["debug"] is True
    assert values["port"] == 8000


def test_database_url_and_redis_url_switch_to_postgres_and_redis():
    values = show(
        "jobgroup_platform.settings.production",
        SECRET_KEY=STRONG_KEY,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/jobgroup",
        REDIS_URL="redis://127.0.0.1:6379/0",
        ALLOWED_HOSTS="jobgroup.example.nl,www.jobgroup.example.nl",
        CSRF_TRUSTED_ORIGINS="https://jobgroup.example.nl",
        PORT="9000",
    )
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["name"] == "jobgroup"
    assert values["layer"] == "jobgroup_platform.channel_layers.RedisChannelLayer"
    assert values["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert values["debug"] is False
    assert values["hosts"] == ["jobgroup.example.nl", "www.jobgroup.example.nl"]
    assert values["origins"] == ["https://jobgroup.example.nl"]
    assert values["port"] == 9000


def test_production_without_secret_key_refuses_to_start():
    result = run_python("import django; django.setup()", "jobgroup_platform.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
    assert "set the SECRET_KEY environment variable" in result.stderr


@pytest.mark.parametrize(
    "env",
    [
        {"DEBUG": "1"},
        {"DEBUG": "1", "SECRET_KEY": ""},
        {
            "DEBUG": "1",
            "SECRET_KEY": "dev-only-key-jobgroup-not-for-production-0123456789abcdefghijklmnop",
        },
        {
            "DEBUG": "0",
            "SECRET_KEY": "dev-only-key-jobgroup-not-for-production-0123456789abcdefghijklmnop",
        },
        {"DEBUG": "1", "SECRET_KEY": "django-insecure-" + "x" * 40},
        {"DEBUG": "1", "SECRET_KEY": "kort"},
    ],
    ids=["debug-no-key", "debug-empty-key", "debug-dev-key", "dev-key", "insecure", "short"],
)
def test_production_refuses_the_development_key_whatever_debug_says(env):
    result = run_python(
        "import django; django.setup(); from django.conf import settings; "
        "print('STARTED', settings.SECRET_KEY[:8])",
        "jobgroup_platform.settings.production",
        **env,
    )
    assert result.returncode != 0
    assert "STARTED" not in result.stdout
    assert "Production settings never use the development key" in result.stderr


def test_production_starts_with_a_real_key_also_with_debug_on():
    values = show("jobgroup_platform.settings.production", SECRET_KEY=STRONG_KEY, DEBUG="1")
    assert values["debug"] is True  # a mistake, but the key is the real one


def test_dev_with_debug_off_also_refuses_without_secret_key():
    result = run_python(
        "import django; django.setup()", "jobgroup_platform.settings.dev", DEBUG="0"
    )
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_asgi_server_refuses_to_start_without_secret_key():
    result = run_python("import jobgroup_platform.asgi", "jobgroup_platform.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_bad_boolean_is_a_clear_error():
    result = run_python(
        "import django; django.setup()", "jobgroup_platform.settings.dev", DEBUG="maybe"
    )
    assert result.returncode != 0
    assert "DEBUG must be one of" in result.stderr


def test_production_settings_pass_deploy_checks_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        settings_module="jobgroup_platform.settings.production",
        SECRET_KEY=STRONG_KEY,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_migrations_are_in_sync_with_models():
    from django.core.management import call_command

    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


MEDIA_SETTINGS = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({'urls': s.MEDIA_SERVER_URLS, 'url': s.MEDIA_SERVER_URL, "
    "'admin': s.MEDIA_ADMIN_URLS, 'ice': s.MEDIA_ICE_SERVERS, "
    "'connect': s.CONTENT_SECURITY_POLICY['connect-src']}))"
)


def test_media_is_off_without_media_server_url_and_read_from_the_environment():
    off = run_python(MEDIA_SETTINGS, "jobgroup_platform.settings.test", MEDIA_SERVER_URL="")
    assert off.returncode == 0, off.stderr
    assert json.loads(off.stdout)["urls"] == []
    on = run_python(
        MEDIA_SETTINGS,
        "jobgroup_platform.settings.test",
        MEDIA_SERVER_URL="wss://a.example.nl/,wss://b.example.nl/",
        MEDIA_ADMIN_URL="http://10.0.0.1:8088/janus,http://10.0.0.2:8088/janus",
        MEDIA_ICE_SERVERS='[{"urls": "stun:turn.example.nl:3478"}]',
    )
    assert on.returncode == 0, on.stderr
    media = json.loads(on.stdout)
    assert media["urls"] == ["wss://a.example.nl/", "wss://b.example.nl/"]
    assert media["url"] == "wss://a.example.nl/" and len(media["admin"]) == 2
    assert media["ice"] == [{"urls": "stun:turn.example.nl:3478"}]
    assert "wss://b.example.nl/" in media["connect"]  # the browser may open it (CSP)
    bad = run_python(MEDIA_SETTINGS, "jobgroup_platform.settings.test", MEDIA_ICE_SERVERS="[{")
    assert bad.returncode != 0 and "MEDIA_ICE_SERVERS must be JSON" in bad.stderr


def test_production_refuses_a_media_server_without_media_secret():
    env = {"SECRET_KEY": STRONG_KEY, "MEDIA_SERVER_URL": "wss://media.example.nl/"}
    refused = run_manage("check", settings_module="jobgroup_platform.settings.production", **env)
    assert refused.returncode != 0 and "MEDIA_SECRET" in refused.stderr
    env["MEDIA_SECRET"] = "m" * 40
    ok = run_manage("check", settings_module="jobgroup_platform.settings.production", **env)
    assert ok.returncode == 0, ok.stderr


def test_production_warns_at_start_up_while_text_messages_go_nowhere():
    console = run_python(
        "import django; django.setup()",
        "jobgroup_platform.settings.production",
        SECRET_KEY=STRONG_KEY,
    )
    assert console.returncode == 0, console.stderr
    assert "SMS_BACKEND is toolkit.sms.ConsoleBackend" in console.stderr
    real = run_python(
        "import django; django.setup()",
        "jobgroup_platform.settings.production",
        SECRET_KEY=STRONG_KEY,
        SMS_BACKEND="toolkit.sms.LocmemBackend",
    )
    assert real.returncode == 0, real.stderr
    assert "SMS_BACKEND" not in real.stderr
