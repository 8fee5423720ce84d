from django.apps import AppConfig


class JobgroupPlatformConfig(AppConfig):
    name = "jobgroup_platform"
    verbose_name = "Digitale JobGroup"
