"""The live meeting socket: /ws/meetings/<meeting id>/.

Until meetings exist (the groups issue), every meeting id is unknown: signed-out visitors are
closed with 4401 and everyone else with 4404, exactly as the protocol says for those cases.
"""

from channels.generic.websocket import AsyncJsonWebsocketConsumer

from . import close_codes


class MeetingConsumer(AsyncJsonWebsocketConsumer):
    # --- socket handlers ---------------------------------------------------------------------
    async def connect(self):
        user = self.scope.get("user")
        await self.accept()
        if user is None or not user.is_authenticated:
            await self.close(code=close_codes.NOT_AUTHENTICATED)
            return
        await self.close(code=close_codes.UNKNOWN_MEETING)
