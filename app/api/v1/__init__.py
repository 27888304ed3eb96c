from fastapi import APIRouter

from app.api.v1 import jobs, roles, users, ws

api_router = APIRouter(prefix="/api/v1")
api_router.include_router(users.router)
api_router.include_router(roles.router)
api_router.include_router(jobs.router)
api_router.include_router(ws.router)
