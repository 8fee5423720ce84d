"""Keeps the cached admin-link flag (`access.user_sees_admin_link`) true: whatever changes who
has the admin permission forgets the flag of the users concerned."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from .access import admin_link_forget
from .models import RoleAssignment, User

CHANGES = ("post_add", "post_remove", "pre_clear", "post_clear")


def _users_of_groups(group_ids) -> list[int]:
    return list(User.objects.filter(groups__in=group_ids).values_list("pk", flat=True))


@receiver(m2m_changed, sender=User.groups.through)
def _groups_of_user_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in CHANGES:
        return
    if not reverse:  # user.groups.add(...)
        admin_link_forget([instance.pk])
    elif pk_set:  # group.user_set.add(users)
        admin_link_forget(pk_set)
    elif action == "pre_clear":  # group.user_set.clear(): its users, before they go
        admin_link_forget(_users_of_groups([instance.pk]))


@receiver(m2m_changed, sender=User.user_permissions.through)
def _permissions_of_user_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in CHANGES:
        return
    if not reverse:  # user.user_permissions.add(...)
        admin_link_forget([instance.pk])
    elif pk_set:  # permission.user_set.add(users)
        admin_link_forget(pk_set)
    elif action == "pre_clear":
        admin_link_forget(instance.user_set.values_list("pk", flat=True))


@receiver(m2m_changed, sender=Group.permissions.through)
def _permissions_of_group_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in CHANGES:
        return
    if not reverse:  # group.permissions.add(...): everyone in the group
        admin_link_forget(_users_of_groups([instance.pk]))
    elif pk_set:  # permission.group_set.add(groups)
        admin_link_forget(_users_of_groups(pk_set))
    elif action == "pre_clear":
        admin_link_forget(_users_of_groups(instance.group_set.values_list("pk", flat=True)))


@receiver(pre_delete, sender=Group)
def _group_deleted(sender, instance, **kwargs):
    admin_link_forget(_users_of_groups([instance.pk]))


@receiver(pre_delete, sender=Permission)
def _permission_deleted(sender, instance, **kwargs):
    users = set(instance.user_set.values_list("pk", flat=True))
    users.update(_users_of_groups(instance.group_set.values_list("pk", flat=True)))
    admin_link_forget(users)


@receiver(post_save, sender=RoleAssignment)
@receiver(post_delete, sender=RoleAssignment)
def _role_changed(sender, instance, **kwargs):
    admin_link_forget([instance.user_id])
